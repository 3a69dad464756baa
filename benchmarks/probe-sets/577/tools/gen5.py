"""p577-5: Báo Thái Bình (Party newspaper) — drug prices and inspections of pharmacies, 5 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Bình ổn giá thuốc, siết chặt quản lý nhà thuốc

Những tháng gần đây, giá một số loại thuốc điều trị cảm cúm, hạ sốt và vitamin trên thị trường Thái Bình có xu hướng tăng nhẹ. Ngành Y tế tỉnh đã tăng cường kiểm tra việc niêm yết, kê khai giá thuốc tại các nhà thuốc, quầy thuốc.

Theo Sở Y tế, 5 tháng đầu năm 2024, toàn tỉnh đã kiểm tra 356 cơ sở bán lẻ thuốc, bằng 71,2% kế hoạch năm. Qua kiểm tra, có 28 cơ sở vi phạm quy định về giá, trong đó 17 cơ sở không niêm yết giá, 11 cơ sở bán cao hơn giá đã kê khai. Tổng số tiền xử phạt là 142 triệu đồng, tăng 18,3% so với cùng kỳ.

Khảo sát tại một số nhà thuốc trên phố Lý Bôn, TP Thái Bình cho thấy, một hộp thuốc hạ sốt loại 10 vỉ có giá 35.000 - 42.000 đồng, cao hơn khoảng 5.000 đồng so với cuối năm 2023. Giá vitamin C dạng viên sủi tăng từ 10 đến 15% tùy loại.

Bà Phạm Thị Hoa, chủ Nhà thuốc số 7 (phường Đề Thám) cho biết: "Mỗi tháng nhà thuốc bán khoảng 1.200 hộp thuốc cảm cúm, giá nhập từ nhà phân phối đã tăng khoảng 8% từ đầu năm".

Toàn tỉnh hiện có 1.846 cơ sở bán lẻ thuốc, trong đó huyện Thái Thụy (215 cơ sở), Quỳnh Phụ (243 cơ sở) và Hưng Hà (231 cơ sở) là những địa bàn có nhiều cơ sở nhất. Số dược sĩ đại học đang trực tiếp hành nghề tại các cơ sở bán lẻ là 612 người.

Thời gian tới, Sở Y tế phấn đấu đến năm 2025 có 100% nhà thuốc ứng dụng phần mềm quản lý bán thuốc và kết nối đơn thuốc điện tử.

Minh Hằng
06/06/2024
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("kiểm tra 356 cơ sở", "356", 356, "count", "cơ sở", "cơ sở bán lẻ thuốc được kiểm tra", M5, percent=71.2),
    fig("có 28 cơ sở", "28", 28, "count", "cơ sở", "cơ sở vi phạm quy định về giá", inh(M5)),
    fig("17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở không niêm yết giá", inh(M5), total=28),
    fig("11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bán cao hơn giá đã kê khai", inh(M5), total=28),
    fig("là 142 triệu", "142", 142_000_000, "money", "đồng", "tổng số tiền xử phạt", inh(M5),
        change=chg("increase", 18.3, baseline="cùng kỳ")),
    fig("loại 10 vỉ", "10", 10, "count", "vỉ", "vỉ trong một hộp thuốc hạ sốt", optional=True),
    fig("giá 35.000 - 42.000", "35.000", 35000, "money", "đồng", "giá một hộp thuốc hạ sốt loại 10 vỉ",
        value_max=42000, change=chg("increase", 5000, "đồng", "cuối năm 2023", approx="about"), location="Thái Bình"),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", "giá vitamin C dạng viên sủi tăng", value_max=15),
    fig("khoảng 1.200 hộp", "1.200", 1200, "count", "hộp", "hộp thuốc cảm cúm nhà thuốc bán mỗi tháng", approx="about"),
    fig("khoảng 8%", "8", 8, "percent", "%", "giá nhập từ nhà phân phối tăng", approx="about"),
    fig("có 1.846 cơ sở", "1.846", 1846, "count", "cơ sở", "cơ sở bán lẻ thuốc"),
    fig("(215 cơ sở)", "215", 215, "count", "cơ sở", "cơ sở bán lẻ thuốc", total=1846, location="Thái Thụy"),
    fig("(243 cơ sở)", "243", 243, "count", "cơ sở", "cơ sở bán lẻ thuốc", total=1846, location="Quỳnh Phụ"),
    fig("(231 cơ sở)", "231", 231, "count", "cơ sở", "cơ sở bán lẻ thuốc", total=1846, location="Hưng Hà"),
    fig("là 612 người", "612", 612, "count", "người", "dược sĩ đại học đang trực tiếp hành nghề tại các cơ sở bán lẻ"),
    fig("có 100% nhà thuốc", "100", 100, "percent", "%",
        "nhà thuốc ứng dụng phần mềm quản lý bán thuốc và kết nối đơn thuốc điện tử", T25, status="target"),
]

NOTES = [
    "Báo Thái Bình (Party newspaper): giá thuốc và kiểm tra nhà thuốc 5 tháng đầu năm 2024. Byline 'Minh Hằng' + bare date '06/06/2024' at the end.",
    "Distractors: 'Nhà thuốc số 7' (a name), 'phố Lý Bôn', 'phường Đề Thám', 'cuối năm 2023', 'từ đầu năm' (time, not a figure).",
    "'bằng 71,2% kế hoạch năm' is the share of 356 (as h14 'đạt 70% so kế hoạch'). 17 + 11 = 28 after 'trong đó'.",
    "Districts after 'trong đó' that follow the whole 1.846 take total 1.846 (parts of it, even though not all districts are listed).",
    "'35.000 - 42.000 đồng, cao hơn khoảng 5.000 đồng so với cuối năm 2023' -> range with a change in đồng (about).",
    "'tăng từ 10 đến 15%', 'tăng khoảng 8%' are rates with no base amount: percent figures, no change. 'loại 10 vỉ' describes a pack: optional.",
    "TP Thái Bình and the province share the name: location Thái Bình throughout. 'đến năm 2025' target: start null, end 2025-12-31.",
]

if __name__ == "__main__":
    emit("p577-5", TEXT, NOTES, FIGS, published="2024-06-06", location="Thái Bình")
