"""p1020-1: province portal (Đồng Nai), H1/2024 pawnshop inspections."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự
Đồng Nai: Kiểm tra 412 lượt cơ sở kinh doanh dịch vụ cầm đồ trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.236

Theo Công an tỉnh Đồng Nai, tính đến ngày 30/6/2024, toàn tỉnh có 1.184 cơ sở kinh doanh dịch vụ cầm đồ được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự, tăng 57 cơ sở so với cuối năm 2023. Các cơ sở tập trung chủ yếu tại TP. Biên Hòa (386 cơ sở), huyện Trảng Bom (148 cơ sở), huyện Nhơn Trạch (117 cơ sở) và TP. Long Khánh (92 cơ sở), nhiều nhất là dọc Quốc lộ 1A và Quốc lộ 51.

Trong 6 tháng đầu năm 2024, lực lượng Cảnh sát quản lý hành chính về trật tự xã hội các cấp đã kiểm tra 412 lượt cơ sở, đạt 68,7% kế hoạch năm, phát hiện 39 cơ sở vi phạm, tăng 8 cơ sở so với cùng kỳ năm 2023. Các lỗi phổ biến là không ghi chép đầy đủ vào sổ theo dõi, nhận cầm cố tài sản không rõ nguồn gốc và cho vay với lãi suất vượt quá quy định. Cơ quan chức năng đã xử phạt vi phạm hành chính 37 cơ sở với tổng số tiền hơn 486 triệu đồng theo Nghị định số 144/2021/NĐ-CP; trong đó 4 cơ sở bị tước quyền sử dụng giấy chứng nhận đủ điều kiện về an ninh, trật tự có thời hạn.

Đáng chú ý, lực lượng chức năng phát hiện 6 vụ cho vay lãi nặng trong giao dịch dân sự núp bóng hoạt động cầm đồ, đã khởi tố 5 vụ, 11 bị can. Lãi suất cho vay trong các vụ việc từ 120% đến 365%/năm, số tiền các đối tượng thu lợi bất chính khoảng 2,3 tỷ đồng.

Thượng tá Nguyễn Văn Hùng, Trưởng phòng PC06 Công an tỉnh cho biết, 6 tháng cuối năm 2024, Công an tỉnh phấn đấu kiểm tra 100% cơ sở kinh doanh dịch vụ cầm đồ, xử lý nghiêm các trường hợp vi phạm theo Nghị định số 96/2016/NĐ-CP, không để hình thành các "điểm nóng" về tín dụng đen.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
SUBJ = "cơ sở kinh doanh dịch vụ cầm đồ"
FIGS = [
    F("Kiểm tra 412 lượt", "412", 412, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("có 1.184 cơ sở", "1.184", 1184, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự", ASOF,
      change=C("increase", 57, "cơ sở", "cuối năm 2023")),
    F("(386 cơ sở)", "386", 386, "count", "cơ sở", SUBJ, I(ASOF), location="Biên Hòa"),
    F("(148 cơ sở)", "148", 148, "count", "cơ sở", SUBJ, I(ASOF), location="Trảng Bom"),
    F("(117 cơ sở)", "117", 117, "count", "cơ sở", SUBJ, I(ASOF), location="Nhơn Trạch"),
    F("(92 cơ sở)", "92", 92, "count", "cơ sở", SUBJ, I(ASOF), location="Long Khánh"),
    F("kiểm tra 412 lượt cơ sở", "412", 412, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", H1, percent=68.7),
    F("phát hiện 39 cơ sở", "39", 39, "count", "cơ sở", "cơ sở vi phạm", H1,
      change=C("increase", 8, "cơ sở", "cùng kỳ năm 2023")),
    F("hành chính 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", I(H1)),
    F("hơn 486 triệu đồng", "486", 486e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(H1),
      approx="over"),
    F("trong đó 4 cơ sở", "4", 4, "count", "cơ sở",
      "cơ sở bị tước quyền sử dụng giấy chứng nhận đủ điều kiện về an ninh, trật tự", I(H1), total=37),
    F("phát hiện 6 vụ", "6", 6, "count", "vụ",
      "vụ cho vay lãi nặng trong giao dịch dân sự núp bóng hoạt động cầm đồ", I(H1)),
    F("khởi tố 5 vụ", "5", 5, "count", "vụ", "vụ khởi tố", I(H1)),
    F("11 bị can", "11", 11, "count", "bị can", "bị can bị khởi tố", I(H1)),
    F("từ 120% đến 365%", "120", 120, "percent", "%", "lãi suất cho vay trong các vụ việc", I(H1),
      value_max=365),
    F("khoảng 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "số tiền các đối tượng thu lợi bất chính", I(H1),
      approx="about"),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra",
      P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Probe 1020-1: Cổng TTĐT tỉnh Đồng Nai, kiểm tra cơ sở kinh doanh dịch vụ cầm đồ 6 tháng đầu năm 2024.",
    "Distractors: Lượt xem: 1.236, Quốc lộ 1A, Quốc lộ 51, Nghị định số 144/2021/NĐ-CP, 96/2016/NĐ-CP, PC06, times.",
    "The headline 412 is a figure of its own (year-less '6 tháng' takes 2024 from published).",
    "'trong đó 4 cơ sở' follows 486 triệu đồng but the whole counting the same thing is the 37 cơ sở: total 37.",
    "District list ('tập trung chủ yếu tại') has no part-of cue and does not add up: no total.",
]

write("p1020-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Đồng Nai")
