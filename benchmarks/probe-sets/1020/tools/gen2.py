"""p1020-2: district portal (huyện Krông Pắc, Đắk Lắk), 2023 pawnshop checks."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Tin tức - Sự kiện > An ninh - Quốc phòng
Krông Pắc: Siết chặt quản lý cơ sở kinh doanh dịch vụ cầm đồ
14/12/2023 16:20

Hiện trên địa bàn huyện có 46 cơ sở kinh doanh dịch vụ cầm đồ, tập trung nhiều nhất tại thị trấn Phước An với 19 cơ sở, còn lại ở các xã dọc Quốc lộ 26 như Ea Kly, Ea Phê, Krông Búk.

Từ đầu năm đến nay, Công an huyện phối hợp với Phòng Tài chính - Kế hoạch và Đội Quản lý thị trường số 5 tổ chức kiểm tra 58 lượt cơ sở, phát hiện 9 cơ sở có sai phạm, lập biên bản xử phạt vi phạm hành chính với số tiền 73,5 triệu đồng, tăng 21,4% so với năm 2022.

Qua kiểm tra, tổ công tác phát hiện 2 cơ sở cho vay với lãi suất 5.000 đồng/1 triệu đồng/ngày, tương đương 182,5%/năm. Mức lãi này gấp hơn 9 lần mức lãi suất tối đa 20%/năm theo quy định của Bộ luật Dân sự năm 2015. Công an huyện đã chuyển hồ sơ 1 vụ việc sang Cơ quan Cảnh sát điều tra để xử lý theo thẩm quyền.

Bên cạnh đó, Công an huyện đã tổ chức 12 buổi tuyên truyền tại các xã, thị trấn với hơn 1.500 lượt người tham dự; 41/46 chủ cơ sở đã ký cam kết không cho vay lãi nặng, không nhận cầm cố tài sản do phạm tội mà có.

Năm 2024, Công an huyện đặt mục tiêu kiểm tra ít nhất 2 lần/cơ sở/năm và 100% chủ cơ sở ký cam kết; đồng thời đề xuất thu hồi giấy chứng nhận đủ điều kiện về an ninh, trật tự đối với các cơ sở vi phạm lần thứ 2.

Trung Kiên - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-12-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ"),
    F("với 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ tại thị trấn Phước An"),
    F("kiểm tra 58 lượt cơ sở", "58", 58, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YTD),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở có sai phạm", YTD),
    F("73,5 triệu đồng", "73,5", 73.5e6, "money", "đồng", "số tiền xử phạt vi phạm hành chính", YTD,
      change=C("increase", 21.4, "%", "năm 2022")),
    F("phát hiện 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở cho vay với lãi suất vượt quy định", I(YTD)),
    F("lãi suất 5.000 đồng", "5.000", 5000, "money", "đồng/1 triệu đồng/ngày", "lãi suất cho vay", I(YTD)),
    F("tương đương 182,5%", "182,5", 182.5, "percent", "%", "lãi suất cho vay quy đổi theo năm", I(YTD)),
    F("gấp hơn 9 lần", "9", 9, "multiple", "lần", "mức lãi so với mức lãi suất tối đa theo Bộ luật Dân sự",
      approx="over"),
    F("tối đa 20%", "20", 20, "percent", "%", "mức lãi suất tối đa theo Bộ luật Dân sự", approx="at_most",
      optional=True),
    F("hồ sơ 1 vụ việc", "1", 1, "count", "vụ việc", "vụ việc chuyển Cơ quan Cảnh sát điều tra", I(YTD)),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi", "buổi tuyên truyền", I(YTD)),
    F("hơn 1.500 lượt người", "1.500", 1500, "count", "lượt người", "lượt người tham dự tuyên truyền", I(YTD),
      approx="over"),
    F("41/46 chủ cơ sở", "41", 41, "count", "chủ cơ sở", "chủ cơ sở đã ký cam kết không cho vay lãi nặng",
      I(YTD), total=46),
    F("ít nhất 2 lần/cơ sở/năm", "2", 2, "measure", "lần/cơ sở/năm", "số lần kiểm tra mỗi cơ sở", Y24,
      approx="at_least", status="target"),
    F("100% chủ cơ sở", "100", 100, "percent", "%", "chủ cơ sở ký cam kết", Y24, status="target"),
]

NOTES = [
    "Probe 1020-2: Cổng TTĐT huyện Krông Pắc (Đắk Lắk), quản lý cơ sở cầm đồ năm 2023. Dateline 14/12/2023 16:20.",
    "Location is the district (thị trấn Phước An lies in it). 'Hiện' gives no period.",
    "'tương đương 182,5%/năm' is a conversion of the daily rate, not a share: a percent figure of its own, no percent attribute on 5.000 đồng.",
    "'gấp hơn 9 lần' stands as its own sentence's claim: multiple. The legal cap 20%/năm is a threshold: optional.",
    "Distractors: Quốc lộ 26, Đội Quản lý thị trường số 5, Bộ luật Dân sự năm 2015, lần thứ 2, time 16:20.",
    "19 cơ sở ('tập trung nhiều nhất tại … với') has no part-of cue: no total.",
]

write("p1020-2", TEXT, NOTES, FIGS, published="2023-12-14", location="Krông Pắc")
