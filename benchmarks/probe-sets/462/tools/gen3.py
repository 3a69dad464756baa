from lib import F, P, CH, TG, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI
Tin tức > Bảo vệ môi trường
Ngày đăng: 22/08/2024 | Lượt xem: 1.876

Kết nối 214 trạm quan trắc tự động về Sở Tài nguyên và Môi trường

Tính đến hết tháng 7/2024, Sở Tài nguyên và Môi trường đã tiếp nhận, quản lý dữ liệu từ 214 trạm quan trắc tự động, liên tục của 152 cơ sở, trong đó có 139 trạm quan trắc nước thải, 68 trạm quan trắc khí thải và 7 trạm quan trắc chất lượng nước mặt. So với cuối năm 2023, số trạm truyền dữ liệu tăng thêm 19 trạm.

Đồng Nai hiện có 32 KCN đã đi vào hoạt động với 31 nhà máy xử lý nước thải tập trung, tổng công suất đạt 207.750 m³/ngày đêm. Riêng KCN Lộc An - Bình Sơn đang vận hành thử nghiệm module thứ 2 công suất 4.000 m³/ngày đêm.

Trong 7 tháng đầu năm, hệ thống ghi nhận 1.032 lượt dữ liệu vượt ngưỡng, chủ yếu ở thông số amoni, TSS và COD. Sở đã ban hành 58 văn bản nhắc nhở, yêu cầu cơ sở khắc phục và chuyển 6 trường hợp sang Thanh tra Sở xử lý. Tỷ lệ dữ liệu truyền đầy đủ, liên tục đạt 96,4%, cao hơn 2,1 điểm phần trăm so với năm 2023; còn 11 trạm thường xuyên mất tín hiệu quá 24 giờ.

Theo Sở Tài nguyên và Môi trường, dự kiến đến cuối năm 2024 sẽ nâng cấp phần mềm tiếp nhận để quản lý thêm khoảng 40 trạm của các cơ sở có lưu lượng xả thải từ 500 m³/ngày đêm trở lên theo Nghị định số 08/2022/NĐ-CP.

Mọi phản ánh về ô nhiễm môi trường xin gọi đường dây nóng 0251.3822.119 hoặc gửi về Sở Tài nguyên và Môi trường, số 10 đường Phan Đình Phùng, phường Quang Vinh, TP Biên Hòa.

Chi cục Bảo vệ môi trường
"""

T7 = P("Tính đến hết tháng 7/2024", None, "2024-07-31")
T7i = P("Tính đến hết tháng 7/2024", None, "2024-07-31", inh=True)
M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
M7i = P("7 tháng đầu năm", "2024-01-01", "2024-07-31", inh=True)

FIGS = [
    F("Kết nối 214 trạm", "214", 214, "count", "trạm quan trắc", "trạm quan trắc tự động kết nối về Sở"),
    F("dữ liệu từ 214 trạm", "214", 214, "count", "trạm quan trắc", "trạm quan trắc tự động, liên tục", T7),
    F("của 152 cơ sở", "152", 152, "count", "cơ sở", "cơ sở có trạm quan trắc tự động", T7),
    F("có 139 trạm", "139", 139, "count", "trạm quan trắc", "trạm quan trắc nước thải", T7, total=214),
    F(", 68 trạm", "68", 68, "count", "trạm quan trắc", "trạm quan trắc khí thải", T7, total=214),
    F("và 7 trạm", "7", 7, "count", "trạm quan trắc", "trạm quan trắc chất lượng nước mặt", T7, total=214),
    F("tăng thêm 19 trạm", "19", 19, "count", "trạm", "số trạm truyền dữ liệu tăng thêm so với cuối năm 2023", T7i),
    F("có 32 KCN", "32", 32, "count", "KCN", "KCN đã đi vào hoạt động"),
    F("với 31 nhà máy", "31", 31, "count", "nhà máy", "nhà máy xử lý nước thải tập trung"),
    F("207.750 m³", "207.750", 207750, "measure", "m³/ngày đêm", "tổng công suất nhà máy xử lý nước thải tập trung"),
    F("công suất 4.000 m³", "4.000", 4000, "measure", "m³/ngày đêm",
      "công suất module vận hành thử nghiệm KCN Lộc An - Bình Sơn"),
    F("ghi nhận 1.032 lượt", "1.032", 1032, "count", "lượt", "lượt dữ liệu vượt ngưỡng", M7),
    F("ban hành 58 văn bản", "58", 58, "count", "văn bản", "văn bản nhắc nhở, yêu cầu cơ sở khắc phục", M7i),
    F("chuyển 6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp chuyển Thanh tra Sở xử lý", M7i),
    F("đạt 96,4%", "96,4", 96.4, "percent", "%", "tỷ lệ dữ liệu truyền đầy đủ, liên tục", M7i,
      change=CH("increase", 2.1, "điểm phần trăm", "năm 2023")),
    F("còn 11 trạm", "11", 11, "count", "trạm", "trạm thường xuyên mất tín hiệu", M7i),
    F("quá 24 giờ", "24", 24, "measure", "giờ", "thời gian mất tín hiệu", approx="over", optional=True),
    F("khoảng 40 trạm", "40", 40, "count", "trạm", "trạm quản lý thêm sau nâng cấp phần mềm",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="about", status="forecast"),
    F("từ 500 m³", "500", 500, "measure", "m³/ngày đêm", "lưu lượng xả thải", approx="at_least", optional=True),
]

COMMENTS = [
    "Department site (Sở TN&MT Đồng Nai), 'Ngày đăng: … | Lượt xem: 1.876', no time; automatic monitoring stations and data exceedances.",
    "Parts after 'trong đó có' (139 + 68 + 7 = 214) total 214. 'tăng thêm 19 trạm' stands in its own sentence with no base figure: a count of its own.",
    "'7 tháng đầu năm' takes 2024 from 'tháng 7/2024'; the next sentences inherit it. '96,4% … cao hơn 2,1 điểm phần trăm so với năm 2023' → change.",
    "'dự kiến đến cuối năm 2024 … khoảng 40 trạm' forecast, about. Thresholds 'quá 24 giờ', 'từ 500 m³/ngày đêm trở lên' optional.",
    "Distractors: 'module thứ 2', Nghị định số 08/2022/NĐ-CP, hotline, 'số 10', TP Biên Hòa in the address (location stays Đồng Nai), Lượt xem.",
]

emit("p462-3", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Đồng Nai")
