"""p513-4: ministry site (Bộ TN&MT), national environmental inspections and fines 2023."""
from lib import F, P, inh, CH, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Kiểm soát ô nhiễm

Năm 2023: Xử phạt hơn 162 tỷ đồng vi phạm pháp luật về bảo vệ môi trường

Ngày đăng: 18/01/2024 | Lượt xem: 2.905

Tại Hội nghị tổng kết công tác thanh tra tổ chức ngày 17/1 tại Hà Nội, Thanh tra Bộ Tài nguyên và Môi trường cho biết, năm 2023 toàn ngành đã tiến hành 1.870 cuộc thanh tra, kiểm tra về môi trường, tăng 12,6% so với năm 2022. Qua đó phát hiện 1.126 tổ chức, cá nhân vi phạm; ban hành 1.094 quyết định xử phạt với tổng số tiền hơn 162,5 tỷ đồng, trong đó xử phạt trong lĩnh vực nước thải chiếm 68,2%.

Các địa phương có số tiền xử phạt lớn nhất gồm Bình Dương (21,3 tỷ đồng), Đồng Nai (18,7 tỷ đồng) và Bà Rịa - Vũng Tàu (12,4 tỷ đồng). Đáng chú ý, có 37 doanh nghiệp bị đình chỉ hoạt động từ 3 đến 6 tháng do xả thải vượt quy chuẩn nhiều lần.

Về quan trắc, cả nước hiện có 419/433 khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung, đạt 96,8%; tổng số trạm quan trắc tự động, liên tục truyền dữ liệu về Bộ là 1.012 trạm, trong đó 146 trạm quan trắc không khí. Tỷ lệ nước thải đô thị được thu gom, xử lý mới đạt khoảng 18%.

Chiến lược bảo vệ môi trường quốc gia đặt mục tiêu đến năm 2030 tỷ lệ này đạt trên 70% tại các đô thị loại II trở lên.

Năm 2024, Bộ dự kiến tổ chức 15 đoàn thanh tra liên ngành tại 24 tỉnh, thành phố, tập trung vào lưu vực sông Nhuệ - Đáy, sông Cầu và sông Đồng Nai, đồng thời xử lý dứt điểm các cơ sở gây ô nhiễm môi trường nghiêm trọng theo Quyết định số 1788/QĐ-TTg.

Bản quyền thuộc Bộ Tài nguyên và Môi trường. Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Xử phạt hơn 162 tỷ đồng", "162", 162e9, "money", "đồng",
      "tiền xử phạt vi phạm pháp luật về bảo vệ môi trường", Y23h, approx="over"),
    F("tiến hành 1.870 cuộc", "1.870", 1870, "count", "cuộc", "cuộc thanh tra, kiểm tra về môi trường", Y23,
      change=CH("increase", 12.6, "%", "năm 2022")),
    F("phát hiện 1.126 tổ chức", "1.126", 1126, "count", "tổ chức, cá nhân", "tổ chức, cá nhân vi phạm", inh(Y23)),
    F("ban hành 1.094 quyết định", "1.094", 1094, "count", "quyết định", "quyết định xử phạt", inh(Y23)),
    F("hơn 162,5 tỷ đồng", "162,5", 162.5e9, "money", "đồng", "tổng số tiền xử phạt", inh(Y23), approx="over"),
    F("chiếm 68,2%", "68,2", 68.2, "percent", "%", "xử phạt trong lĩnh vực nước thải", inh(Y23)),
    F("Bình Dương (21,3 tỷ đồng)", "21,3", 21.3e9, "money", "đồng", "số tiền xử phạt", inh(Y23), location="Bình Dương"),
    F("Đồng Nai (18,7 tỷ đồng)", "18,7", 18.7e9, "money", "đồng", "số tiền xử phạt", inh(Y23), location="Đồng Nai"),
    F("Vũng Tàu (12,4 tỷ đồng)", "12,4", 12.4e9, "money", "đồng", "số tiền xử phạt", inh(Y23),
      location="Bà Rịa - Vũng Tàu"),
    F("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", "doanh nghiệp bị đình chỉ hoạt động", inh(Y23)),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", "thời hạn đình chỉ hoạt động", value_max=6, optional=True),
    F("419/433 khu công nghiệp", "419", 419, "count", "khu công nghiệp",
      "khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung", total=433, percent=96.8),
    F("là 1.012 trạm", "1.012", 1012, "count", "trạm", "trạm quan trắc tự động, liên tục truyền dữ liệu về Bộ"),
    F("trong đó 146 trạm", "146", 146, "count", "trạm", "trạm quan trắc không khí", total=1012),
    F("khoảng 18%", "18", 18, "percent", "%", "Tỷ lệ nước thải đô thị được thu gom, xử lý", approx="about"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ nước thải đô thị được thu gom, xử lý tại các đô thị loại II trở lên",
      T30, approx="over", status="target"),
    F("tổ chức 15 đoàn", "15", 15, "count", "đoàn", "đoàn thanh tra liên ngành", Y24, status="forecast"),
    F("tại 24 tỉnh", "24", 24, "count", "tỉnh, thành phố", "tỉnh, thành phố được thanh tra", Y24, status="forecast"),
]

COMMENTS = [
    "Bộ TN&MT (ministry site): kết quả thanh tra, xử phạt vi phạm về bảo vệ môi trường năm 2023; KCN wastewater, monitoring stations.",
    "'Ngày đăng: 18/01/2024 | Lượt xem: 2.905'. National figures: location Việt Nam; the conference venue Hà Nội and the address are",
    "not the place of any figure. Province list items (gồm Bình Dương (…), …) take their province as location, no total (no numeric whole).",
    "'trong đó … chiếm 68,2%' is a percent figure of its own (a share with no base amount). '419/433 …, đạt 96,8%': total 433, percent.",
    "'từ 3 đến 6 tháng' (length of suspension) is optional. The 2030 target ('tỷ lệ này đạt trên 70%') is a figure with status target.",
    "'dự kiến' governs both counts of the 2024 sentence. 'ngày 17/1', 'loại II', 'Quyết định số 1788/QĐ-TTg', 'Số 10 Tôn Thất Thuyết'",
    "are not figures.",
]

if __name__ == "__main__":
    emit("p513-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
