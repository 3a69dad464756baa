"""p1484-1: province portal (Thanh Hóa): price stabilisation of school notebooks for the new school year 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hơn 3 triệu cuốn vở tham gia bình ổn giá dịp năm học mới

Cập nhật: 12/08/2024 09:35 | Lượt xem: 1.864

Theo Sở Công Thương, năm nay toàn tỉnh có 27 doanh nghiệp, cơ sở đăng ký tham gia chương trình bình ổn giá đồ dùng học tập, tăng 4 đơn vị so với năm 2023. Nguồn hàng đã chuẩn bị gồm hơn 3,2 triệu cuốn vở học sinh, khoảng 850 tấn giấy viết và 41.000 bộ dụng cụ học tập, tổng trị giá ước khoảng 46 tỷ đồng.

Giá bán hàng bình ổn thấp hơn từ 5 đến 10% so với giá thị trường. Vở kẻ ô ly loại thường có giá từ 6.500 đến 8.000 đồng/cuốn, giấy kiểm tra 4.500 đồng/tập. Hàng hóa được bày bán tại 215 điểm bán cố định và lưu động, trong đó 146 điểm đặt tại các trường học. Riêng thành phố Sầm Sơn có 18 điểm bán.

Từ đầu tháng 7 đến nay, lực lượng quản lý thị trường đã kiểm tra 64 cơ sở kinh doanh văn phòng phẩm, phát hiện 9 cơ sở vi phạm, xử phạt hơn 41 triệu đồng; tạm giữ gần 12.000 cuốn vở không rõ nguồn gốc, xuất xứ.

Dự kiến năm nay toàn tỉnh có khoảng 735.000 học sinh phổ thông, nhu cầu vở ước khoảng 14 triệu cuốn. Sở Công Thương yêu cầu các đơn vị tham gia chương trình bảo đảm ít nhất 90% hàng bình ổn là hàng sản xuất trong nước và niêm yết giá công khai; đường dây nóng tiếp nhận phản ánh: 0237.3852.489.

Tin liên quan:
- Thanh Hóa triển khai Chỉ thị số 17/CT-UBND về chuẩn bị năm học 2024-2025
- Khai mạc Hội chợ hàng Việt tại Quảng trường Lam Sơn
"""

NAYa = per("năm nay", "2024-01-01", "2024-12-31")
YTD7 = per("Từ đầu tháng 7 đến nay", "2024-07-01", "2024-08-12")

FIGS = [
    fig("Hơn 3 triệu cuốn", "3", 3e6, "count", "cuốn vở", approx="over",
        subject="vở tham gia bình ổn giá"),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp, cơ sở",
        change=chg("increase", 4, "đơn vị", "năm 2023"),
        subject="doanh nghiệp, cơ sở đăng ký tham gia chương trình bình ổn giá đồ dùng học tập", period=NAYa),
    fig("hơn 3,2 triệu cuốn", "3,2", 3.2e6, "count", "cuốn vở", approx="over",
        subject="vở học sinh trong nguồn hàng đã chuẩn bị", period=inh(NAYa)),
    fig("khoảng 850 tấn", "850", 850, "measure", "tấn", approx="about",
        subject="giấy viết trong nguồn hàng đã chuẩn bị", period=inh(NAYa)),
    fig("41.000 bộ", "41.000", 41000, "count", "bộ", subject="bộ dụng cụ học tập trong nguồn hàng đã chuẩn bị",
        period=inh(NAYa)),
    fig("ước khoảng 46 tỷ", "46", 46e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá nguồn hàng", period=inh(NAYa)),
    fig("từ 5 đến 10%", "5", 5, "percent", "%", value_max=10,
        subject="giá bán hàng bình ổn thấp hơn so với giá thị trường"),
    fig("từ 6.500 đến 8.000", "6.500", 6500, "money", "đồng/cuốn", value_max=8000,
        subject="giá vở kẻ ô ly loại thường"),
    fig("4.500 đồng/tập", "4.500", 4500, "money", "đồng/tập", subject="giá giấy kiểm tra"),
    fig("tại 215 điểm", "215", 215, "count", "điểm bán", subject="điểm bán cố định và lưu động"),
    fig("146 điểm", "146", 146, "count", "điểm", total=215, subject="điểm bán đặt tại các trường học"),
    fig("có 18 điểm", "18", 18, "count", "điểm bán", subject="điểm bán", location="Sầm Sơn"),
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở",
        subject="cơ sở kinh doanh văn phòng phẩm được kiểm tra", period=YTD7),
    fig("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD7),
    fig("hơn 41 triệu", "41", 41e6, "money", "đồng", approx="over", subject="tiền xử phạt", period=YTD7),
    fig("gần 12.000 cuốn", "12.000", 12000, "count", "cuốn vở", approx="nearly",
        subject="vở không rõ nguồn gốc, xuất xứ bị tạm giữ", period=YTD7),
    fig("khoảng 735.000 học sinh", "735.000", 735000, "count", "học sinh", approx="about", status="forecast",
        subject="học sinh phổ thông", period=NAYa),
    fig("ước khoảng 14 triệu", "14", 14e6, "count", "cuốn", approx="about", status="estimate",
        subject="nhu cầu vở", period=NAYa),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hàng sản xuất trong nước trong hàng bình ổn"),
]

NOTES = [
    "Province portal (Thanh Hóa): price stabilisation of school notebooks; breadcrumb, 'Cập nhật: 12/08/2024 09:35 | Lượt xem: 1.864'.",
    "Distractors: 09:35, Lượt xem 1.864, hotline 0237.3852.489, Chỉ thị số 17/CT-UBND, 'năm học 2024-2025' in a link title.",
    "'năm nay' = 2024 (published). The 'gồm' list after 'Nguồn hàng' has no whole figure: no totals. 'ước khoảng 46 tỷ' → estimate + about.",
    "'thấp hơn từ 5 đến 10% so với giá thị trường' has no base amount: a percent figure of its own (range), no change.",
    "'146 điểm' after 'trong đó' → total 215. 'Riêng thành phố Sầm Sơn có 18 điểm bán': 'riêng' is no part-of cue → no total; location Sầm Sơn.",
    "'Từ đầu tháng 7 đến nay' → 2024-07-01 .. 2024-08-12 (dateline). 'Dự kiến' → forecast; 'nhu cầu vở ước khoảng' has its own cue → estimate.",
    "'yêu cầu ... bảo đảm ít nhất 90%' is a requirement set for the programme → status target.",
]

if __name__ == "__main__":
    write("p1484-1", TEXT, NOTES, FIGS, published="2024-08-12", location="Thanh Hóa")
