"""p540-4: Bộ Xây dựng ministry site — national urban wastewater plants, capacity, rates, fees, investment, targets."""
from lib import emit, fig, per, chg

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hạ tầng kỹ thuật

Cả nước có 82 nhà máy xử lý nước thải đô thị tập trung

Ngày đăng: 26/03/2024 | Lượt xem: 2.051

Theo Cục Hạ tầng kỹ thuật, tính đến hết năm 2023, cả nước có 82 nhà máy xử lý nước thải đô thị tập trung đã đi vào vận hành với tổng công suất thiết kế khoảng 1,27 triệu m³/ngày đêm; khoảng 61 dự án nhà máy đang chuẩn bị đầu tư, xây dựng với tổng công suất hơn 2,5 triệu m³/ngày đêm.

Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt khoảng 18%, tăng 3% so với năm 2020. Hà Nội dẫn đầu về tổng công suất xử lý với khoảng 402.000 m³/ngày đêm, TP. Hồ Chí Minh đứng thứ hai, tiếp đến là Đà Nẵng (148.500 m³/ngày đêm) và Bình Dương (131.000 m³/ngày đêm).

Cả nước hiện có 902 đô thị, trong đó 2 đô thị loại đặc biệt và 22 đô thị loại I. Mật độ cống thoát nước tại các đô thị từ loại I trở lên bình quân đạt 5,8 km/km².

Mức giá dịch vụ thoát nước tại phần lớn địa phương chỉ bằng 10-15% giá nước sạch, nguồn thu mới bù đắp được khoảng 30% chi phí vận hành, bảo dưỡng hệ thống.

Nhu cầu vốn đầu tư cho thoát nước và xử lý nước thải đô thị giai đoạn 2021-2030 ước khoảng 320.000 tỷ đồng, trong đó vốn ODA chiếm khoảng 45%. Thực hiện Nghị quyết số 06-NQ/TW ngày 24/1/2022 của Bộ Chính trị, mục tiêu đến năm 2025 tỷ lệ nước thải đô thị được thu gom, xử lý đạt 20-30%, đến năm 2030 đạt trên 50%.

Cơ quan chủ quản: Bộ Xây dựng. Địa chỉ: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271.
"""

ASOF = per("tính đến hết năm 2023", end="2023-12-31")
P2130 = per("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
SUBJ_CAP = "tổng công suất xử lý nước thải"
SUBJ_RATE = "tỷ lệ nước thải đô thị được thu gom, xử lý"

FIGS = [
    fig("Cả nước có 82 nhà máy", "82", 82, "count", "nhà máy", "nhà máy xử lý nước thải đô thị tập trung"),
    fig("cả nước có 82 nhà máy", "82", 82, "count", "nhà máy",
        "nhà máy xử lý nước thải đô thị tập trung đã đi vào vận hành", ASOF),
    fig("khoảng 1,27 triệu", "1,27", 1.27e6, "measure", "m³/ngày đêm", "tổng công suất thiết kế", ASOF,
        approx="about"),
    fig("khoảng 61 dự án", "61", 61, "count", "dự án", "dự án nhà máy đang chuẩn bị đầu tư, xây dựng", ASOF,
        approx="about"),
    fig("hơn 2,5 triệu", "2,5", 2.5e6, "measure", "m³/ngày đêm",
        "tổng công suất dự án nhà máy đang chuẩn bị đầu tư, xây dựng", ASOF, approx="over"),
    fig("khoảng 18%", "18", 18, "percent", "%", "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý",
        approx="about", change=chg("increase", 3, baseline="năm 2020")),
    fig("khoảng 402.000 m³", "402.000", 402000, "measure", "m³/ngày đêm", SUBJ_CAP, approx="about",
        location="Hà Nội"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", SUBJ_CAP, location="Hồ Chí Minh"),
    fig("(148.500 m³", "148.500", 148500, "measure", "m³/ngày đêm", SUBJ_CAP, location="Đà Nẵng"),
    fig("(131.000 m³", "131.000", 131000, "measure", "m³/ngày đêm", SUBJ_CAP, location="Bình Dương"),
    fig("có 902 đô thị", "902", 902, "count", "đô thị", "đô thị"),
    fig("trong đó 2 đô thị", "2", 2, "count", "đô thị", "đô thị loại đặc biệt", total=902),
    fig("22 đô thị", "22", 22, "count", "đô thị", "đô thị loại I", total=902),
    fig("đạt 5,8 km", "5,8", 5.8, "measure", "km/km²", "mật độ cống thoát nước tại các đô thị từ loại I trở lên"),
    fig("bằng 10-15%", "10", 10, "percent", "%", "mức giá dịch vụ thoát nước so với giá nước sạch", value_max=15),
    fig("khoảng 30% chi phí", "30", 30, "percent", "%",
        "nguồn thu bù đắp chi phí vận hành, bảo dưỡng hệ thống", approx="about"),
    fig("khoảng 320.000 tỷ", "320.000", 320000e9, "money", "đồng",
        "nhu cầu vốn đầu tư cho thoát nước và xử lý nước thải đô thị", P2130, approx="about", status="estimate"),
    fig("khoảng 45%", "45", 45, "percent", "%", "tỷ trọng vốn ODA trong nhu cầu vốn đầu tư", P2130,
        approx="about", status="estimate"),
    fig("đạt 20-30%", "20", 20, "percent", "%", SUBJ_RATE, per("đến năm 2025", end="2025-12-31"),
        value_max=30, status="target"),
    fig("trên 50%", "50", 50, "percent", "%", SUBJ_RATE, per("đến năm 2030", end="2030-12-31"),
        approx="over", status="target"),
]

COMMENTS = [
    "Bộ Xây dựng portal (ministry site): nhà máy xử lý nước thải đô thị cả nước tính đến hết năm 2023, công suất,",
    "tỷ lệ thu gom xử lý, đô thị, giá dịch vụ, nhu cầu vốn 2021-2030, mục tiêu 2025/2030. 'Ngày đăng: 26/03/2024' is the date;",
    "'Lượt xem: 2.051' page furniture. Not figures: Nghị quyết số 06-NQ/TW ngày 24/1/2022, 'loại I', address 37 Lê Đại Hành,",
    "phone 024.3976.0271. Headline 82 restated in the lead (both figures). 'tăng 3% so với năm 2020' is the change of 18%.",
    "List of places: Hà Nội/Đà Nẵng/Bình Dương capacities and 'TP. Hồ Chí Minh đứng thứ hai' (rank 2) take their place as location.",
    "Choice: 'trong đó vốn ODA chiếm khoảng 45%' — the share belongs to ODA capital, which has no amount: a percent figure",
    "of its own (not the percent of 320.000 tỷ); 'ước' governs it (estimate). 2 and 22 đô thị follow 'trong đó' after 902.",
]

if __name__ == "__main__":
    emit("p540-4", TEXT, COMMENTS, FIGS, published="2024-03-26", location="Việt Nam")
