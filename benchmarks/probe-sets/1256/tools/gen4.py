"""p1256-4: national newspaper: cross-river ferry landings without licence, lifejackets, child drowning (Việt Nam)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ hai, 3/6/2024, 07:30 (GMT+7)

Hơn 40% bến đò ngang chưa được cấp phép

Cả nước còn khoảng 1.900 bến khách ngang sông hoạt động không phép, nhiều đò chở học sinh không có đủ áo phao.

Theo Cục Đường thủy nội địa Việt Nam, tính đến ngày 31/5/2024, cả nước có 4.612 bến khách ngang sông, trong đó 2.705 bến được cấp phép, chiếm 58,7%. Các địa phương có nhiều bến nhất lần lượt là An Giang (612 bến), Đồng Tháp (540 bến) và Cà Mau (498 bến).

Khảo sát của Cục tại 320 bến ở 12 tỉnh cho thấy chỉ 47% phương tiện chở khách ngang sông trang bị đủ áo phao theo số người được phép chở; khoảng 35% người lái đò chưa có bằng, chứng chỉ chuyên môn. Ở nhiều bến tự phát, tỷ lệ hành khách mặc áo phao khi qua sông chỉ khoảng 15-20%.

Theo Bộ Lao động - Thương binh và Xã hội, năm 2023 cả nước có gần 2.000 trẻ em tử vong do đuối nước, giảm khoảng 7% so với năm 2022.

"Chiếc áo phao không đắt, nhưng nhiều chủ đò vẫn không trang bị", ông Trần Văn Khải, Phó Cục trưởng Cục Đường thủy nội địa, nói. Theo ông Khải, đến hết năm 2025, Cục phối hợp các địa phương phấn đấu giảm 50% số bến không phép; mục tiêu đến năm 2030, 100% bến khách ngang sông được cấp phép. Dự kiến năm nay, các tổ chức xã hội sẽ trao tặng khoảng 100.000 áo phao cho học sinh vùng sông nước.

Minh Anh
"""

ASOF = per("tính đến ngày 31/5/2024", None, "2024-05-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
E25 = per("đến hết năm 2025", None, "2025-12-31")
E30 = per("đến năm 2030", None, "2030-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
LIST = "bến khách ngang sông"

FIGS = [
    fig("Hơn 40%", "40", 40, "percent", "%", approx="over", subject="bến đò ngang chưa được cấp phép"),
    fig("khoảng 1.900 bến", "1.900", 1900, "count", "bến", approx="about",
        subject="bến khách ngang sông hoạt động không phép"),
    fig("có 4.612 bến", "4.612", 4612, "count", "bến", subject="bến khách ngang sông", period=ASOF),
    fig("2.705 bến", "2.705", 2705, "count", "bến", total=4612, percent=58.7,
        subject="bến khách ngang sông được cấp phép", period=ASOF),
    fig("An Giang (612 bến)", "612", 612, "count", "bến", subject=LIST, period=inh(ASOF), location="An Giang"),
    fig("Đồng Tháp (540 bến)", "540", 540, "count", "bến", subject=LIST, period=inh(ASOF), location="Đồng Tháp"),
    fig("Cà Mau (498 bến)", "498", 498, "count", "bến", subject=LIST, period=inh(ASOF), location="Cà Mau"),
    fig("tại 320 bến", "320", 320, "count", "bến", subject="bến được Cục khảo sát"),
    fig("ở 12 tỉnh", "12", 12, "count", "tỉnh", subject="tỉnh được Cục khảo sát"),
    fig("chỉ 47%", "47", 47, "percent", "%",
        subject="phương tiện chở khách ngang sông trang bị đủ áo phao theo số người được phép chở"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="người lái đò chưa có bằng, chứng chỉ chuyên môn"),
    fig("khoảng 15-20%", "15", 15, "percent", "%", value_max=20, approx="about",
        subject="tỷ lệ hành khách mặc áo phao khi qua sông"),
    fig("gần 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", approx="nearly",
        change=chg("decrease", 7, "%", "năm 2022", approx="about"),
        subject="trẻ em tử vong do đuối nước", period=Y23),
    fig("giảm 50%", "50", 50, "percent", "%", status="target", subject="giảm số bến không phép", period=E25),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="bến khách ngang sông được cấp phép", period=E30),
    fig("khoảng 100.000 áo phao", "100.000", 100000, "count", "áo phao", approx="about", status="forecast",
        subject="áo phao các tổ chức xã hội trao tặng cho học sinh vùng sông nước", period=NOW),
]

NOTES = [
    "National newspaper: 'Thứ hai, 3/6/2024, 07:30 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: 07:30, (GMT+7), 'ngày 31/5/2024' as an as-of period, baselines 'năm 2022', target years 2025/2030.",
    "National figures: location Việt Nam; the 'lần lượt' list gives each province as location, the list's indicator as subject, period inherited.",
    "'320 bến ở 12 tỉnh' (a survey sample) are counts; a count of provinces is national. '15-20%' a range, about.",
    "'gần 2.000 trẻ em ..., giảm khoảng 7% so với năm 2022' → change with approx about. 'giảm 50% số bến không phép' is a target rate as the claim.",
    "'mục tiêu đến năm 2030, 100% ...' target; 'Dự kiến năm nay ... khoảng 100.000 áo phao' forecast, năm nay = 2024 (published).",
]

if __name__ == "__main__":
    write("p1256-4", TEXT, NOTES, FIGS, published="2024-06-03", location="Việt Nam")
