"""p1301-5: ministry site (Bộ VHTTDL): workshop on golf tourism, national 11-month figures, Bình Thuận, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Du lịch

Phát triển du lịch golf thành sản phẩm du lịch chủ lực

18/12/2024 | 16:20 | Cục Du lịch Quốc gia Việt Nam

Ngày 17/12, tại TP Phan Thiết, Cục Du lịch Quốc gia Việt Nam phối hợp với UBND tỉnh Bình Thuận tổ chức hội thảo "Phát triển du lịch golf Việt Nam", thu hút hơn 200 đại biểu, trong đó có 45 doanh nghiệp lữ hành quốc tế.

Theo báo cáo tại hội thảo, 11 tháng năm 2024, cả nước ước đón khoảng 1,38 triệu lượt khách chơi golf, tăng 14,5% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 865.000 lượt. Doanh thu từ du lịch golf ước tính hơn 21.000 tỷ đồng. Các sân golf tạo việc làm cho khoảng 45.000 lao động trực tiếp.

Việt Nam hiện có 104 sân golf đang hoạt động, gần 40 sân đang xây dựng, xếp thứ 9 châu Á về số lượng sân golf. Riêng tỉnh Bình Thuận có 4 sân golf với tổng số 90 lỗ; năm 2024 ước đón 62.000 lượt golfer, tăng 28% so với năm 2023.

Phó Cục trưởng Nguyễn Hoàng Vân cho biết, theo Đề án phát triển du lịch golf ban hành kèm Quyết định số 2307/QĐ-BVHTTDL, mục tiêu đến năm 2030 du lịch golf đón 3 triệu lượt khách, trong đó khách quốc tế chiếm khoảng 70%; doanh thu đạt 2 tỷ USD; mỗi năm tổ chức ít nhất 10 giải golf quốc tế.

Các đại biểu kiến nghị đơn giản hóa thủ tục nhập cảnh cho golfer, mở thêm đường bay thẳng từ các thị trường trọng điểm và đào tạo đội ngũ caddie chuyên nghiệp.

Tin cùng chuyên mục:
- Ra mắt ấn phẩm quảng bá điểm đến golf Việt Nam tại Seoul
- Hội nghị tổng kết công tác du lịch năm 2024

Bộ Văn hóa, Thể thao và Du lịch - 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ELEVEN = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO2030 = per("đến năm 2030", None, "2030-12-31")
BT = "Bình Thuận"

FIGS = [
    fig("hơn 200 đại biểu", "200", 200, "count", "đại biểu", approx="over",
        subject="đại biểu hội thảo thu hút", location="Phan Thiết"),
    fig("có 45 doanh nghiệp", "45", 45, "count", "doanh nghiệp lữ hành quốc tế",
        subject="doanh nghiệp lữ hành quốc tế", location="Phan Thiết"),
    fig("khoảng 1,38 triệu", "1,38", 1.38e6, "count", "lượt khách chơi golf", approx="about", status="estimate",
        change=chg("increase", 14.5, "%", "cùng kỳ năm 2023"),
        subject="lượt khách chơi golf cả nước đón", period=ELEVEN),
    fig("đạt 865.000 lượt", "865.000", 865000, "count", "lượt", total=1.38e6, status="estimate",
        subject="khách quốc tế", period=ELEVEN),
    fig("hơn 21.000 tỷ", "21.000", 21000e9, "money", "đồng", approx="over", status="estimate",
        subject="doanh thu từ du lịch golf", period=inh(ELEVEN)),
    fig("khoảng 45.000 lao động", "45.000", 45000, "count", "lao động trực tiếp", approx="about",
        subject="lao động trực tiếp các sân golf tạo việc làm"),
    fig("có 104 sân golf", "104", 104, "count", "sân golf", subject="sân golf đang hoạt động"),
    fig("gần 40 sân", "40", 40, "count", "sân", approx="nearly", subject="sân golf đang xây dựng"),
    fig("xếp thứ 9", "9", 9, "rank", "hạng", subject="số lượng sân golf"),
    fig("có 4 sân golf", "4", 4, "count", "sân golf", subject="sân golf", location=BT),
    fig("tổng số 90 lỗ", "90", 90, "count", "lỗ", subject="lỗ golf", location=BT),
    fig("đón 62.000 lượt", "62.000", 62000, "count", "lượt golfer", status="estimate",
        change=chg("increase", 28, "%", "năm 2023"), subject="lượt golfer", period=Y24, location=BT),
    fig("đón 3 triệu", "3", 3e6, "count", "lượt khách", status="target",
        subject="lượt khách du lịch golf đón", period=TO2030),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about", status="target",
        subject="khách quốc tế trong lượt khách du lịch golf", period=TO2030),
    fig("đạt 2 tỷ USD", "2", 2e9, "money", "USD", status="target", subject="doanh thu", period=TO2030),
    fig("ít nhất 10 giải", "10", 10, "measure", "giải/năm", approx="at_least", status="target",
        subject="giải golf quốc tế tổ chức mỗi năm", period=TO2030),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, '18/12/2024 | 16:20 | Cục Du lịch Quốc gia Việt Nam', related links, address footer with phone.",
    "Distractors: 'Ngày 17/12', 16:20, 'Quyết định số 2307/QĐ-BVHTTDL', '51 Ngô Quyền', phone 024.3943.8231, 'năm 2024' in a link title.",
    "Workshop figures (200 delegates, 45 firms) are located in TP Phan Thiết where the event was held (borderline); the 45 firms are not",
    "a part of the 200 delegates (different things): no total.",
    "'11 tháng năm 2024 ... ước đón khoảng 1,38 triệu' → estimate + about; the 'trong đó' part after ';' takes total and status (estimate).",
    "National figures: Việt Nam. 'xếp thứ 9 châu Á về số lượng sân golf' → rank. 'Riêng tỉnh Bình Thuận' figures → Bình Thuận.",
    "'mục tiêu đến năm 2030' governs the whole sentence: 3 triệu, khoảng 70% (a percent figure after 'trong đó'), 2 tỷ USD,",
    "'mỗi năm ... ít nhất 10 giải' (a rate: measure, giải/năm) are targets, period end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1301-5", TEXT, NOTES, FIGS, published="2024-12-18", location="Việt Nam")
