"""p721-5: Báo Đồng Nai (Party newspaper) — nhà máy chế biến trái cây sấy ở Xuân Lộc; mít Đồng Nai."""
from lib import F, P, INH, CH, emit

TEXT = """BÁO ĐỒNG NAI
Kinh tế > Nông nghiệp

Nhà máy chế biến trái cây sấy 320 tỷ đồng đi vào hoạt động tại Xuân Lộc

Sáng 24/10, Công ty CP Thực phẩm Nông sản Đồng Xanh khánh thành nhà máy chế biến trái cây sấy tại Cụm công nghiệp Xuân Hưng, huyện Xuân Lộc (cạnh Km 1812, Quốc lộ 1A). Nhà máy có tổng vốn đầu tư 320 tỷ đồng, xây dựng trên diện tích 4,5 ha, công suất thiết kế 12.000 tấn trái cây tươi/năm, trong đó mít chiếm khoảng 70%.

Theo kế hoạch, giai đoạn 1 nhà máy sử dụng 150 lao động, mỗi năm thu mua khoảng 8.400 tấn mít nguyên liệu từ các huyện Xuân Lộc, Cẩm Mỹ và Thống Nhất. Doanh thu dự kiến đạt 450 tỷ đồng/năm, trong đó xuất khẩu chiếm 65%.

Đồng Nai hiện có 7.630 ha mít, tập trung ở Xuân Lộc (2.870 ha), Cẩm Mỹ (1.940 ha) và Thống Nhất (1.150 ha); sản lượng năm 2023 đạt 142.000 tấn. Năm 2024, giá mít Thái có lúc chỉ còn 4.000 - 5.000 đồng/kg khiến nhiều nhà vườn thua lỗ, hơn 300 ha mít đã bị chặt bỏ để chuyển sang trồng sầu riêng.

Phát biểu tại lễ khánh thành, đại diện UBND tỉnh cho biết, nhà máy dự kiến nâng tỷ lệ mít qua chế biến của tỉnh lên 20% vào năm 2026 (hiện nay khoảng 8%). Tỉnh phấn đấu đến năm 2025 có thêm 3 chuỗi liên kết sản xuất - tiêu thụ mít và 1.500 ha mít được cấp mã số vùng trồng.

HOÀNG LỘC
25/10/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
XL = "Xuân Lộc"

FIGS = [
    F("sấy 320 tỷ đồng", "320", 320e9, "money", "đồng", "vốn đầu tư nhà máy chế biến trái cây sấy", location=XL),
    F("đầu tư 320 tỷ đồng", "320", 320e9, "money", "đồng", "tổng vốn đầu tư nhà máy", location=XL),
    F("diện tích 4,5 ha", "4,5", 4.5, "measure", "ha", "diện tích xây dựng nhà máy", location=XL),
    F("thiết kế 12.000 tấn", "12.000", 12000, "measure", "tấn/năm", "công suất thiết kế", location=XL),
    F("mít chiếm khoảng 70%", "70", 70, "percent", "%", "tỷ trọng mít trong công suất thiết kế", approx="about",
      location=XL),
    F("sử dụng 150 lao động", "150", 150, "count", "lao động", "lao động nhà máy sử dụng giai đoạn 1", status="target",
      location=XL),
    F("khoảng 8.400 tấn", "8.400", 8400, "measure", "tấn/năm", "mít nguyên liệu thu mua mỗi năm", approx="about",
      status="target", location=XL),
    F("đạt 450 tỷ đồng/năm", "450", 450e9, "money", "đồng/năm", "doanh thu nhà máy", status="forecast", location=XL),
    F("xuất khẩu chiếm 65%", "65", 65, "percent", "%", "tỷ trọng xuất khẩu trong doanh thu", status="forecast",
      location=XL),
    F("có 7.630 ha mít", "7.630", 7630, "measure", "ha", "diện tích mít"),
    F("Xuân Lộc (2.870 ha)", "2.870", 2870, "measure", "ha", "diện tích mít", location="Xuân Lộc"),
    F("Cẩm Mỹ (1.940 ha)", "1.940", 1940, "measure", "ha", "diện tích mít", location="Cẩm Mỹ"),
    F("Thống Nhất (1.150 ha)", "1.150", 1150, "measure", "ha", "diện tích mít", location="Thống Nhất"),
    F("đạt 142.000 tấn", "142.000", 142000, "measure", "tấn", "sản lượng mít", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("còn 4.000 - 5.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", "giá mít Thái", Y24, value_max=5000),
    F("hơn 300 ha", "300", 300, "measure", "ha", "diện tích mít bị chặt bỏ để chuyển sang trồng sầu riêng", Y24,
      approx="over"),
    F("lên 20%", "20", 20, "percent", "%", "tỷ lệ mít qua chế biến của tỉnh", P("năm 2026", "2026-01-01", "2026-12-31"),
      status="forecast"),
    F("khoảng 8%", "8", 8, "percent", "%", "tỷ lệ mít qua chế biến của tỉnh hiện nay", approx="about"),
    F("thêm 3 chuỗi", "3", 3, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất - tiêu thụ mít có thêm", T25,
      status="target"),
    F("và 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích mít được cấp mã số vùng trồng", T25, status="target"),
]

COMMENTS = [
    "Báo Đồng Nai (Party newspaper, byline and date at the end): nhà máy chế biến trái cây sấy 320 tỷ đồng ở huyện Xuân Lộc; mít Đồng Nai.",
    "Distractors: 'Sáng 24/10' (no year), 'Km 1812, Quốc lộ 1A', 'giai đoạn 1', 'năm 2026'/'năm 2025' as periods, byline date '25/10/2024' (= published).",
    "Location: the factory stands in huyện Xuân Lộc, so its figures (both paragraphs) are Xuân Lộc's; the province's figures are Đồng Nai's.",
    "'trong đó mít chiếm khoảng 70%' and 'trong đó xuất khẩu chiếm 65%' are shares of a part (mít, xuất khẩu), not of the figure before: percent figures of their own.",
    "District breakdown '(2.870 ha) … (1.150 ha)' does not add up to 7.630 ha and has no cue: no total.",
    "'Theo kế hoạch' → target for 150 lao động and 8.400 tấn; 'dự kiến' → forecast (450 tỷ, 65%, 20%); '(hiện nay khoảng 8%)' is actual.",
    "revised after the first run: unit 'tấn trái cây tươi/năm' → 'tấn/năm' (shortest noun phrase); 'mỗi năm … 8.400 tấn' unit → 'tấn/năm' (rate; no score effect).",
]

if __name__ == "__main__":
    emit("p721-5", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Đồng Nai")
