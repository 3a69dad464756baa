"""p1427-4: provincial newspaper (Báo Bình Định): raising fighting cocks in xã Nhơn Hậu, TX An Nhơn."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Bình Định
Kinh tế | Nông nghiệp - Nông thôn

Nuôi gà chọi, thu nhập hơn 300 triệu đồng mỗi năm

Thứ Bảy, 09/03/2024 | 06:15

(BĐ) - Không chỉ là thú chơi truyền thống gắn với vùng đất võ, nghề nuôi gà chọi ở xã Nhơn Hậu (TX An Nhơn) đang mang lại nguồn thu nhập ổn định cho nhiều hộ dân.

Hơn 15 năm gắn bó với nghề, trại gà của anh Trần Văn Lực ở thôn Thiết Trụ hiện nuôi thường xuyên khoảng 250 con gà chọi, trong đó có 40 con gà mái sinh sản. Mỗi năm, trại xuất bán từ 500 đến 600 con gà giống và gà trưởng thành. Gà con mới tách mẹ có giá 150.000 đồng/con; gà chọi trưởng thành giá 3-5 triệu đồng/con, cá biệt có con được khách mua tới 25 triệu đồng. Năm 2023, sau khi trừ chi phí, gia đình anh thu lãi hơn 320 triệu đồng.

"Gà tôi nuôi chủ yếu bán cho người chơi cảnh và các trại ở TP Hồ Chí Minh, Đồng Nai; khoảng 30% được thương lái mua đưa sang Campuchia", anh Lực cho biết.

Theo UBND xã Nhơn Hậu, toàn xã hiện có 68 hộ nuôi gà chọi với tổng đàn khoảng 7.500 con, tăng gần 1.000 con so với năm 2022. Giá trị thu từ gà chọi năm 2023 ước đạt 9,2 tỷ đồng, chiếm khoảng 6% tổng giá trị sản xuất nông nghiệp của xã.

Ông Võ Minh Quang, Chủ tịch UBND xã, cho biết năm 2024 xã phấn đấu thành lập một tổ hợp tác nuôi gà chọi với ít nhất 20 thành viên, đồng thời tuyên truyền để các hộ không bán gà phục vụ đá gà ăn tiền. Từ đầu năm đến nay, Công an xã đã giải tán 3 nhóm tụ tập đá gà, lập biên bản 14 trường hợp.

HOÀNG PHƯƠNG

Tin cùng chuyên mục:
- Tây Sơn: Khai mạc Hội thi gà chọi truyền thống Xuân Giáp Thìn 2024
- Phù Cát: Chăn nuôi gà thả vườn theo chuỗi liên kết
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-09")

FIGS = [
    fig("hơn 300 triệu", "300", 300e6, "money", "đồng/năm", approx="over", subject="thu nhập nuôi gà chọi"),
    fig("Hơn 15 năm", "15", 15, "measure", "năm", approx="over", subject="thời gian anh Lực gắn bó với nghề",
        optional=True),
    fig("khoảng 250 con", "250", 250, "count", "con", approx="about",
        subject="gà chọi trại của anh Trần Văn Lực nuôi thường xuyên"),
    fig("40 con", "40", 40, "count", "con", total=250, subject="gà mái sinh sản"),
    fig("từ 500 đến 600", "500", 500, "measure", "con/năm", value_max=600,
        subject="gà giống và gà trưởng thành trại xuất bán mỗi năm"),
    fig("150.000 đồng/con", "150.000", 150000, "money", "đồng/con", subject="giá gà con mới tách mẹ"),
    fig("giá 3-5 triệu", "3", 3e6, "money", "đồng/con", value_max=5e6, subject="giá gà chọi trưởng thành"),
    fig("tới 25 triệu", "25", 25e6, "money", "đồng", subject="giá gà chọi khách mua cá biệt"),
    fig("hơn 320 triệu", "320", 320e6, "money", "đồng", approx="over", subject="lãi gia đình anh Lực thu",
        period=Y23),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="tỷ lệ gà được thương lái mua đưa sang Campuchia"),
    fig("có 68 hộ", "68", 68, "count", "hộ", subject="hộ nuôi gà chọi"),
    fig("khoảng 7.500 con", "7.500", 7500, "count", "con", approx="about",
        change=chg("increase", 1000, "con", "năm 2022", approx="nearly"), subject="tổng đàn gà chọi của xã"),
    fig("ước đạt 9,2 tỷ", "9,2", 9.2e9, "money", "đồng", status="estimate", percent=6,
        subject="giá trị thu từ gà chọi", period=Y23b),
    fig("thành lập một tổ", "một", 1, "count", "tổ hợp tác", status="target",
        subject="tổ hợp tác nuôi gà chọi thành lập", period=Y24),
    fig("ít nhất 20 thành viên", "20", 20, "count", "thành viên", approx="at_least", status="target",
        subject="thành viên tổ hợp tác nuôi gà chọi", period=Y24),
    fig("giải tán 3 nhóm", "3", 3, "count", "nhóm", subject="nhóm tụ tập đá gà Công an xã giải tán", period=YTD),
    fig("biên bản 14 trường hợp", "14", 14, "count", "trường hợp", subject="trường hợp lập biên bản", period=YTD),
]

NOTES = [
    "Provincial newspaper (Báo Bình Định): sapo with tag '(BĐ) -', 'Thứ Bảy, 09/03/2024 | 06:15', byline, related links.",
    "Distractors: 06:15, 'Giáp Thìn 2024' in a link, 'năm 2022' as a baseline; 'một tổ hợp tác' IS a figure (number word).",
    "'Hơn 15 năm gắn bó với nghề' is the story's duration, not a statistic: optional.",
    "'mỗi năm lãi/thu nhập', 'Mỗi năm ... từ 500 đến 600 con' are rates (đồng/năm, con/năm); prices keep '/con' where written.",
    "'tới 25 triệu đồng' is the exact price one bird fetched ('tới' stresses it): approx exact, unit đồng as written.",
    "'trong đó có 40 con gà mái' → total 250; 'tăng gần 1.000 con so với năm 2022' → change in con, approx nearly;",
    "'ước đạt 9,2 tỷ đồng, chiếm khoảng 6%' → estimate with percent 6. 'năm 2024 xã phấn đấu' → target for both figures.",
    "Location: xã Nhơn Hậu lies in thị xã An Nhơn, so An Nhơn for all figures (the paper's tag implies Bình Định only as a fallback).",
]

if __name__ == "__main__":
    write("p1427-4", TEXT, NOTES, FIGS, published="2024-03-09", location="An Nhơn")
