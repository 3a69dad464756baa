"""p696-1: Đà Nẵng city portal — tháo dỡ biển quảng cáo sai phép 6 tháng đầu năm 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Đà Nẵng tháo dỡ gần 1.300 biển quảng cáo sai phép trong 6 tháng đầu năm

Cập nhật: 18/07/2024 15:42
Lượt xem: 3.128

Theo báo cáo của Sở Văn hóa và Thể thao, 6 tháng đầu năm 2024, các lực lượng chức năng trên địa bàn thành phố đã kiểm tra 4.652 phương tiện quảng cáo ngoài trời, phát hiện 1.428 trường hợp vi phạm, tăng 12,6% so với cùng kỳ năm 2023. Trong đó, 842 trường hợp quảng cáo không có giấy phép, 391 trường hợp sai nội dung giấy phép và 195 trường hợp treo, dựng trái quy định trên cây xanh, cột điện.

Lực lượng chức năng đã tháo dỡ 1.286 biển quảng cáo, bảng rôn, băng rôn các loại; xử phạt vi phạm hành chính 214 trường hợp với tổng số tiền 1.846,5 triệu đồng. Các địa phương có số phương tiện bị tháo dỡ nhiều là quận Hải Châu (412 biển), Thanh Khê (356 biển), Sơn Trà (241 biển) và Liên Chiểu (168 biển).

Hiện toàn thành phố có 187 vị trí bảng quảng cáo tấm lớn được cấp phép theo Quy hoạch quảng cáo ngoài trời ban hành kèm Quyết định số 2548/QĐ-UBND ngày 28/9/2022, trong đó 64 vị trí nằm dọc các tuyến đường dẫn vào sân bay và cảng biển. Mật độ bảng quảng cáo tấm lớn trên tuyến đường Nguyễn Tất Thành bình quân 1,6 bảng/km.

Theo kế hoạch, đến hết năm 2024, thành phố phấn đấu giảm ít nhất 30% số vụ vi phạm về quảng cáo ngoài trời so với năm 2023 và số hóa 100% hồ sơ cấp phép xây dựng công trình quảng cáo.

Người dân phản ánh vi phạm về quảng cáo qua đường dây nóng 0236.3821.345 hoặc trực tiếp tại Sở Văn hóa và Thể thao, tầng 8, Trung tâm Hành chính, số 24 Trần Phú.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
END24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("tháo dỡ gần 1.300 biển", "1.300", 1300, "count", "biển quảng cáo", "biển quảng cáo sai phép bị tháo dỡ",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("kiểm tra 4.652 phương tiện", "4.652", 4652, "count", "phương tiện quảng cáo",
      "phương tiện quảng cáo ngoài trời được kiểm tra", H1),
    F("phát hiện 1.428 trường hợp", "1.428", 1428, "count", "trường hợp", "trường hợp vi phạm phát hiện", H1,
      change=CH("increase", 12.6, baseline="cùng kỳ năm 2023")),
    F("842 trường hợp", "842", 842, "count", "trường hợp", "trường hợp quảng cáo không có giấy phép", INH(H1),
      total=1428),
    F("391 trường hợp", "391", 391, "count", "trường hợp", "trường hợp sai nội dung giấy phép", INH(H1), total=1428),
    F("195 trường hợp", "195", 195, "count", "trường hợp",
      "trường hợp treo, dựng trái quy định trên cây xanh, cột điện", INH(H1), total=1428),
    F("tháo dỡ 1.286 biển", "1.286", 1286, "count", "biển quảng cáo",
      "biển quảng cáo, bảng rôn, băng rôn các loại bị tháo dỡ", INH(H1)),
    F("hành chính 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính",
      INH(H1)),
    F("tiền 1.846,5 triệu đồng", "1.846,5", 1846500000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính",
      INH(H1)),
    F("Hải Châu (412 biển)", "412", 412, "count", "biển", "phương tiện quảng cáo bị tháo dỡ", INH(H1),
      location="Hải Châu"),
    F("Thanh Khê (356 biển)", "356", 356, "count", "biển", "phương tiện quảng cáo bị tháo dỡ", INH(H1),
      location="Thanh Khê"),
    F("Sơn Trà (241 biển)", "241", 241, "count", "biển", "phương tiện quảng cáo bị tháo dỡ", INH(H1),
      location="Sơn Trà"),
    F("Liên Chiểu (168 biển)", "168", 168, "count", "biển", "phương tiện quảng cáo bị tháo dỡ", INH(H1),
      location="Liên Chiểu"),
    F("có 187 vị trí", "187", 187, "count", "vị trí",
      "vị trí bảng quảng cáo tấm lớn được cấp phép theo quy hoạch quảng cáo ngoài trời"),
    F("trong đó 64 vị trí", "64", 64, "count", "vị trí",
      "vị trí bảng quảng cáo tấm lớn dọc các tuyến đường dẫn vào sân bay và cảng biển", total=187),
    F("bình quân 1,6 bảng/km", "1,6", 1.6, "measure", "bảng/km",
      "mật độ bảng quảng cáo tấm lớn trên tuyến đường Nguyễn Tất Thành"),
    F("giảm ít nhất 30%", "30", 30, "percent", "%",
      "giảm số vụ vi phạm về quảng cáo ngoài trời so với năm 2023", END24, approx="at_least", status="target"),
    F("số hóa 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ cấp phép xây dựng công trình quảng cáo được số hóa",
      END24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Đà Nẵng (city portal): tháo dỡ biển quảng cáo sai phép, 6 tháng đầu năm 2024. Dateline `Cập nhật: 18/07/2024 15:42`.",
    "Not figures: `Lượt xem: 3.128`, `Quyết định số 2548/QĐ-UBND ngày 28/9/2022`, hotline `0236.3821.345`, `tầng 8`, `số 24 Trần Phú`.",
    "Headline `6 tháng đầu năm` has no year: none earlier in the text, so the year of `published` (2024).",
    "842 + 391 + 195 = 1.428 after `Trong đó` (total). District list items (no cue, do not add up to 1.286) have no total;",
    "their period is the lead's (inherited). `Hiện … có 187 vị trí`: no period. `ít nhất 30%` is a target rate (at_least).",
]

if __name__ == "__main__":
    emit("p696-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Đà Nẵng")
