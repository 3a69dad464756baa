"""p569-8: TP. Hồ Chí Minh city portal — surface-water monitoring Q1/2024 and wastewater plants."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng Thông tin điện tử Thành phố Hồ Chí Minh
Trang chủ » Tin tức » Môi trường
Ngày cập nhật 18/04/2024

TP.HCM: Quý I/2024, chất lượng nước kênh rạch nội thành cải thiện

Theo Sở Tài nguyên và Môi trường, trong quý I/2024, mạng lưới quan trắc môi trường nước mặt của thành phố đã thực hiện quan trắc tại 42 vị trí trên sông Sài Gòn, sông Đồng Nai và hệ thống kênh rạch, với tổng số 504 mẫu. Chỉ số chất lượng nước (WQI) trung bình tại các kênh nội thành đạt 58 điểm, tăng 6 điểm so với quý IV/2023; riêng kênh Nhiêu Lộc - Thị Nghè đạt 71 điểm, mức tốt nhất trong 10 năm qua.

Hàm lượng oxy hòa tan (DO) trên sông Sài Gòn dao động từ 3,8 đến 5,6 mg/l; tỷ lệ mẫu có chỉ tiêu coliform vượt quy chuẩn giảm còn 21,4%, thấp hơn 5,3% so với cùng kỳ năm 2023.

Hiện thành phố có 3 nhà máy xử lý nước thải tập trung đang hoạt động là Bình Hưng (giai đoạn 2 nâng công suất lên 469.000 m³/ngày đêm), Bình Hưng Hòa (30.000 m³/ngày đêm) và Tham Lương - Bến Cát (131.000 m³/ngày đêm), tổng công suất 630.000 m³/ngày đêm. Tỷ lệ nước thải sinh hoạt được thu gom, xử lý đạt khoảng 17,6%. Quý I/2024, Nhà máy Bình Hưng tiếp nhận trung bình 418.000 m³/ngày đêm, bằng 89,1% công suất.

Theo kế hoạch, trong năm 2024 thành phố sẽ khởi công Nhà máy xử lý nước thải Tân Hóa - Lò Gốm công suất 300.000 m³/ngày đêm với tổng vốn khoảng 7.900 tỷ đồng, đồng thời phấn đấu đến năm 2025 nâng tỷ lệ nước thải được xử lý lên 40% và đến năm 2030 đạt 60-70%.

Đường dây nóng tiếp nhận phản ánh ô nhiễm: 1022 (nhánh 4).
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
CAP = "m³/ngày đêm"
FIGS = [
    F("tại 42 vị trí", "42", 42, "count", "vị trí", subject="vị trí quan trắc môi trường nước mặt", period=Q1),
    F("số 504 mẫu", "504", 504, "count", "mẫu", subject="mẫu quan trắc", period=Q1),
    F("đạt 58 điểm", "58", 58, "measure", "điểm",
      change=CH("increase", 6, "điểm", "quý IV/2023"),
      subject="chỉ số chất lượng nước (WQI) trung bình tại các kênh nội thành", period=INH(Q1)),
    F("đạt 71 điểm", "71", 71, "measure", "điểm",
      subject="chỉ số chất lượng nước (WQI) kênh Nhiêu Lộc - Thị Nghè", period=INH(Q1)),
    F("từ 3,8 đến 5,6 mg/l", "3,8", 3.8, "measure", "mg/l", value_max=5.6,
      subject="hàm lượng oxy hòa tan (DO) trên sông Sài Gòn", period=INH(Q1)),
    F("còn 21,4%", "21,4", 21.4, "percent", "%",
      change=CH("decrease", 5.3, "%", "cùng kỳ năm 2023"),
      subject="tỷ lệ mẫu có chỉ tiêu coliform vượt quy chuẩn", period=INH(Q1)),
    F("có 3 nhà máy", "3", 3, "count", "nhà máy",
      subject="nhà máy xử lý nước thải tập trung đang hoạt động"),
    F("lên 469.000 m³", "469.000", 469000, "measure", CAP, subject="công suất nhà máy Bình Hưng"),
    F("Hòa (30.000 m³", "30.000", 30000, "measure", CAP, subject="công suất nhà máy Bình Hưng Hòa"),
    F("(131.000 m³", "131.000", 131000, "measure", CAP, subject="công suất nhà máy Tham Lương - Bến Cát"),
    F("suất 630.000 m³", "630.000", 630000, "measure", CAP,
      subject="tổng công suất nhà máy xử lý nước thải tập trung"),
    F("khoảng 17,6%", "17,6", 17.6, "percent", "%", approx="about",
      subject="tỷ lệ nước thải sinh hoạt được thu gom, xử lý"),
    F("bình 418.000 m³", "418.000", 418000, "measure", CAP, percent=89.1,
      subject="lưu lượng nước thải Nhà máy Bình Hưng tiếp nhận trung bình",
      period=P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("suất 300.000 m³", "300.000", 300000, "measure", CAP, status="target",
      subject="công suất Nhà máy xử lý nước thải Tân Hóa - Lò Gốm", period=Y24),
    F("khoảng 7.900 tỷ đồng", "7.900", 7900e9, "money", "đồng", approx="about", status="target",
      subject="tổng vốn Nhà máy xử lý nước thải Tân Hóa - Lò Gốm", period=Y24),
    F("lên 40%", "40", 40, "percent", "%", status="target",
      subject="tỷ lệ nước thải được xử lý", period=P("đến năm 2025", None, "2025-12-31")),
    F("60-70%", "60", 60, "percent", "%", value_max=70, status="target",
      subject="tỷ lệ nước thải được xử lý", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cổng TTĐT TP. Hồ Chí Minh (city portal): quan trắc nước mặt quý I/2024, nhà máy XLNT; 'Ngày cập nhật 18/04/2024' (no time).",
    "Location TP. Hồ Chí Minh throughout (Bình Hưng, Bình Hưng Hòa are commune/ward-level plant names; rivers and canals are no places).",
    "Plant capacities stand BEFORE 'tổng công suất 630.000': no cue ('trong đó'/'gồm'/bracket after the whole), so no total.",
    "'tăng 6 điểm so với quý IV/2023' is the change of the 58-point WQI; 'giảm còn 21,4%, thấp hơn 5,3% so với cùng kỳ' a level with its change.",
    "'Theo kế hoạch … sẽ khởi công' → target (kế hoạch), continued by 'đồng thời phấn đấu'. '60-70%' is a target range.",
    "Distractors: 'mức tốt nhất trong 10 năm qua' (duration), 'giai đoạn 2', 'quý IV/2023' (baseline), hotline '1022 (nhánh 4)', 'WQI', 'DO'.",
]

if __name__ == "__main__":
    emit("p569-8", TEXT, COMMENTS, FIGS, published="2024-04-18", location="TP. Hồ Chí Minh")
