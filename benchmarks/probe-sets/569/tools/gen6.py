"""p569-6: national press (VnExpress style) — Yên Xá wastewater plant, Hà Nội, 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Thời sự
Thứ sáu, 14/6/2024, 06:30 (GMT+7)

Nhà máy xử lý nước thải Yên Xá mới chạy 70% công suất

Nhà máy xử lý nước thải lớn nhất Việt Nam tại Hà Nội, công suất 270.000 m³/ngày đêm, hiện mới tiếp nhận khoảng 190.000 m³ mỗi ngày do mạng lưới thu gom chưa hoàn thiện.

Theo Ban Quản lý dự án đầu tư xây dựng công trình cấp nước, thoát nước và môi trường Hà Nội, nhà máy Yên Xá được khởi công năm 2014 với tổng vốn đầu tư hơn 15.000 tỷ đồng, trong đó vốn vay ODA Nhật Bản khoảng 12.600 tỷ đồng. Hệ thống gồm 42 km tuyến cống bao, 10 trạm bơm và ba cửa xả, thu gom nước thải cho khoảng 1,5 triệu dân thuộc 6 quận, huyện phía tây và tây nam thành phố.

Ông Nguyễn Văn Tùng, Phó giám đốc nhà máy, cho biết 5 tháng đầu năm 2024, nhà máy đã xử lý 28,4 triệu m³ nước thải, nước sau xử lý đạt cột A với chỉ số BOD5 trung bình 8,5 mg/l, thấp hơn nhiều so với ngưỡng 30 mg/l của quy chuẩn. Chi phí vận hành bình quân khoảng 2.300 đồng/m³, thấp hơn 15% so với dự toán.

Tuy vậy, sông Tô Lịch chưa hết ô nhiễm. Kết quả quan trắc tháng 5/2024 tại 12 điểm trên sông cho thấy 9/12 điểm có chỉ số amoni vượt QCVN 08-MT:2015/BTNMT. Thành phố dự kiến đầu tư thêm khoảng 150 km cống thu gom trong giai đoạn 2024-2026 để nâng lưu lượng về nhà máy lên trên 250.000 m³/ngày đêm.

Người dân có thể phản ánh tình trạng xả thải qua đường dây nóng 1900.545.588 hoặc tại trụ sở số 52 đường Nguyễn Xiển.

Gia Chính
"""

M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
G = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
FIGS = [
    F("chạy 70% công suất", "70", 70, "percent", "%",
      subject="công suất vận hành nhà máy xử lý nước thải Yên Xá"),
    F("công suất 270.000 m³", "270.000", 270000, "measure", "m³/ngày đêm",
      subject="công suất nhà máy xử lý nước thải lớn nhất Việt Nam"),
    F("khoảng 190.000 m³", "190.000", 190000, "measure", "m³/ngày", approx="about",
      subject="lượng nước thải nhà máy tiếp nhận mỗi ngày"),
    F("hơn 15.000 tỷ đồng", "15.000", 15000e9, "money", "đồng", approx="over",
      subject="tổng vốn đầu tư nhà máy Yên Xá"),
    F("khoảng 12.600 tỷ đồng", "12.600", 12600e9, "money", "đồng", approx="about", total=15000e9,
      subject="vốn vay ODA Nhật Bản"),
    F("gồm 42 km", "42", 42, "measure", "km", subject="tuyến cống bao của hệ thống"),
    F("10 trạm bơm", "10", 10, "count", "trạm bơm", subject="trạm bơm của hệ thống"),
    F("ba cửa xả", "ba", 3, "count", "cửa xả", subject="cửa xả của hệ thống"),
    F("khoảng 1,5 triệu dân", "1,5", 1.5e6, "count", "dân", approx="about",
      subject="dân được thu gom nước thải"),
    F("thuộc 6 quận", "6", 6, "count", "quận, huyện",
      subject="quận, huyện phía tây và tây nam thành phố"),
    F("xử lý 28,4 triệu m³", "28,4", 28.4e6, "measure", "m³",
      subject="nước thải nhà máy đã xử lý",
      period=P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")),
    F("trung bình 8,5 mg/l", "8,5", 8.5, "measure", "mg/l",
      subject="chỉ số BOD5 trung bình của nước sau xử lý",
      period=P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")),
    F("ngưỡng 30 mg/l", "30", 30, "measure", "mg/l", optional=True),
    F("khoảng 2.300 đồng/m³", "2.300", 2300, "money", "đồng/m³", approx="about",
      change=CH("decrease", 15, "%", "dự toán"),
      subject="chi phí vận hành bình quân"),
    F("tại 12 điểm", "12", 12, "count", "điểm", subject="điểm quan trắc trên sông Tô Lịch", period=M5),
    F("thấy 9/12", "9", 9, "count", "điểm", total=12,
      subject="điểm có chỉ số amoni vượt QCVN", period=M5),
    F("khoảng 150 km", "150", 150, "measure", "km", approx="about", status="forecast",
      subject="cống thu gom đầu tư thêm", period=G),
    F("trên 250.000 m³", "250.000", 250000, "measure", "m³/ngày đêm", approx="over", status="forecast",
      subject="lưu lượng nước thải về nhà máy", period=G),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ sáu, 14/6/2024, 06:30 (GMT+7)', byline at the end. Nhà máy XLNT Yên Xá, Hà Nội.",
    "Location Hà Nội throughout (Yên Xá is a commune-level name; no district is given for any figure). ODA Nhật Bản: a lender, not a place.",
    "'trong đó vốn vay ODA … khoảng 12.600 tỷ đồng' is part of 'hơn 15.000 tỷ đồng' (total). The 'gồm' list has no whole figure before it.",
    "'ba cửa xả' is a number word. 'ngưỡng 30 mg/l của quy chuẩn' is a regulatory limit, optional. 'thấp hơn 15% so với dự toán' is a change.",
    "Distractors: (GMT+7), 'khởi công năm 2014', 'BOD5', 'cột A', 'QCVN 08-MT:2015/BTNMT', hotline 1900.545.588, 'số 52 đường Nguyễn Xiển'.",
    "'mỗi ngày' goes to the unit (m³/ngày). '70% công suất' in the headline is a percent figure with no stated period.",
]

if __name__ == "__main__":
    emit("p569-6", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Hà Nội")
