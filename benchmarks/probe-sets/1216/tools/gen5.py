"""p1216-5: Party newspaper (Báo Tuyên Quang), pulpwood forests and a pulp mill in Sơn Dương, 8 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Phát triển vùng nguyên liệu giấy gắn với chế biến sâu

Tuyên Quang hiện có hơn 150.000 ha rừng sản xuất, trong đó khoảng 92.000 ha rừng trồng cung cấp nguyên liệu cho sản xuất bột giấy và giấy. 8 tháng năm 2024, toàn tỉnh trồng mới 9.860 ha rừng tập trung, đạt 89,6% kế hoạch; sản lượng gỗ khai thác ước đạt 845.000 m3, tăng 6,1% so với cùng kỳ.

Tại Cụm công nghiệp Phúc Ứng (huyện Sơn Dương), Nhà máy bột giấy và giấy Tân Thành có công suất 130.000 tấn bột giấy/năm. 8 tháng qua, nhà máy sản xuất 71.500 tấn bột giấy và 98.200 tấn giấy bao bì, doanh thu hơn 1.600 tỷ đồng, nộp ngân sách 96 tỷ đồng. Nhà máy thu mua gỗ nguyên liệu của khoảng 7.000 hộ dân với giá từ 1,2 đến 1,35 triệu đồng/tấn, tạo việc làm cho 650 lao động.

Gia đình anh Hoàng Văn Lập ở thôn 7, xã Tam Đa (huyện Sơn Dương) có 12 ha keo lai trồng bằng cây giống nuôi cấy mô. Theo anh Lập, sau chu kỳ 6 năm, keo cho năng suất khoảng 100 tấn/ha; trừ chi phí, gia đình lãi khoảng 85 triệu đồng/ha. Năm 2023, anh khai thác 3 ha, thu về gần 390 triệu đồng.

Thực hiện Nghị quyết số 03-NQ/TU của Tỉnh ủy, tỉnh phấn đấu đến năm 2025 nâng diện tích rừng trồng gỗ lớn lên 30.000 ha, tỷ lệ che phủ rừng duy trì trên 65%.

MINH KHÁNH
12/09/2024
"""

M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
M8Q = P("8 tháng qua", "2024-01-01", "2024-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
SD = "Sơn Dương"
MILL = "Nhà máy bột giấy và giấy Tân Thành"

FIGS = [
    F("hơn 150.000 ha", "150.000", 150000, "measure", "ha", approx="over", subject="rừng sản xuất"),
    F("khoảng 92.000 ha", "92.000", 92000, "measure", "ha", approx="about", total=150000,
      subject="rừng trồng cung cấp nguyên liệu cho sản xuất bột giấy và giấy"),
    F("trồng mới 9.860 ha", "9.860", 9860, "measure", "ha", percent=89.6,
      subject="rừng tập trung trồng mới", period=M8),
    F("ước đạt 845.000 m3", "845.000", 845000, "measure", "m3", status="estimate",
      change=C("increase", 6.1, "%", "cùng kỳ"), subject="sản lượng gỗ khai thác", period=M8),
    F("công suất 130.000 tấn", "130.000", 130000, "measure", "tấn/năm",
      subject="công suất " + MILL, location=SD),
    F("sản xuất 71.500 tấn", "71.500", 71500, "measure", "tấn",
      subject="bột giấy nhà máy sản xuất", period=M8Q, location=SD),
    F("và 98.200 tấn", "98.200", 98200, "measure", "tấn",
      subject="giấy bao bì nhà máy sản xuất", period=M8Q, location=SD),
    F("hơn 1.600 tỷ", "1.600", 1600e9, "money", "đồng", approx="over",
      subject="doanh thu nhà máy", period=M8Q, location=SD),
    F("ngân sách 96 tỷ", "96", 96e9, "money", "đồng", subject="nộp ngân sách của nhà máy", period=M8Q, location=SD),
    F("khoảng 7.000 hộ", "7.000", 7000, "count", "hộ dân", approx="about",
      subject="hộ dân bán gỗ nguyên liệu cho nhà máy", location=SD),
    F("từ 1,2 đến 1,35 triệu", "1,2", 1.2e6, "money", "đồng/tấn", value_max=1.35e6,
      subject="giá thu mua gỗ nguyên liệu", location=SD),
    F("cho 650 lao động", "650", 650, "count", "lao động", subject="lao động nhà máy tạo việc làm", location=SD),
    F("có 12 ha", "12", 12, "measure", "ha", subject="keo lai của gia đình anh Hoàng Văn Lập", location=SD),
    F("chu kỳ 6 năm", "6", 6, "measure", "năm", optional=True, subject="chu kỳ trồng keo", location=SD),
    F("khoảng 100 tấn/ha", "100", 100, "measure", "tấn/ha", approx="about",
      subject="năng suất keo lai", location=SD),
    F("khoảng 85 triệu", "85", 85e6, "money", "đồng/ha", approx="about",
      subject="lãi trồng keo sau khi trừ chi phí", location=SD),
    F("khai thác 3 ha", "3", 3, "measure", "ha", subject="diện tích keo anh Lập khai thác", period=Y23, location=SD),
    F("gần 390 triệu", "390", 390e6, "money", "đồng", approx="nearly",
      subject="tiền thu về từ khai thác keo", period=Y23, location=SD),
    F("lên 30.000 ha", "30.000", 30000, "measure", "ha", status="target",
      subject="diện tích rừng trồng gỗ lớn", period=TO25),
    F("trên 65%", "65", 65, "percent", "%", approx="over", status="target",
      subject="tỷ lệ che phủ rừng", period=TO25),
]

NOTES = [
    "Party newspaper (Báo Tuyên Quang): pulpwood forests and a pulp/paper mill. Byline 'MINH KHÁNH' and bare date '12/09/2024' at the end.",
    "Distractors: 'thôn 7', 'Nghị quyết số 03-NQ/TU', 'Cụm công nghiệp Phúc Ứng'.",
    "Mill and household passages are placed in huyện Sơn Dương: their figures get location Sơn Dương (carried to the following sentences).",
    "'chu kỳ 6 năm' (crop cycle length) is optional. '8 tháng qua' takes 2024 from '8 tháng năm 2024' earlier.",
    "revised after the run: unit of '130.000 tấn bột giấy/năm' 'tấn bột giấy/năm' -> 'tấn/năm' (shortest unit; the material is in the subject, as for 71.500 tấn).",
    "'đạt 89,6% kế hoạch' is the share of 9.860 ha; 'ước đạt' governs 845.000 m3 only (after ';').",
]

if __name__ == "__main__":
    write("p1216-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Tuyên Quang")
