"""p1400-6: news agency (TTXVN / Vietnam+): draft project on English as a second language in schools."""
from lib import F, period, inherited, school_year, change, target, write

TEXT = """VIETNAM+ | Xã hội | Giáo dục

Bộ GD&ĐT ước cần thêm khoảng 22.000 giáo viên tiếng Anh

15/11/2024 14:32 GMT+7

Hà Nội (TTXVN) - Ngày 15/11, Bộ Giáo dục và Đào tạo tổ chức hội thảo góp ý dự thảo Đề án đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học giai đoạn 2025-2035, tầm nhìn đến năm 2045.

Theo báo cáo tại hội thảo, năm học 2023-2024 cả nước có 3,95 triệu học sinh lớp 1 và lớp 2 học tiếng Anh tự chọn, chiếm 61,4% tổng số học sinh lớp 1, lớp 2. Tỷ lệ giáo viên tiếng Anh đạt chuẩn năng lực ở cấp tiểu học là 83,6%, cấp THCS 85,9% và cấp THPT 90,2%.

Bộ ước tính để dạy tiếng Anh bắt buộc từ lớp 1, cả nước còn thiếu khoảng 22.000 giáo viên, trong đó riêng cấp tiểu học thiếu gần 12.000 người. Kinh phí thực hiện đề án dự kiến hơn 10.000 tỷ đồng, chủ yếu từ ngân sách địa phương.

Mục tiêu đến năm 2030, 100% cơ sở giáo dục phổ thông dạy tiếng Anh bắt buộc từ lớp 1; đến năm 2035, ít nhất 50% học sinh tốt nghiệp THPT đạt bậc 3 (B1) trở lên.

Hiện có 13 ngoại ngữ được dạy trong nhà trường, trong đó tiếng Nhật có khoảng 54.000 học sinh theo học, tiếng Hàn 27.500 và tiếng Trung hơn 21.000 học sinh.

Ông Nguyễn Văn Khải, Vụ trưởng Vụ Giáo dục phổ thông, cho biết: "Chúng tôi đề xuất mỗi năm đào tạo mới khoảng 3.000 giáo viên tiếng Anh tiểu học và bồi dưỡng khoảng 20.000 lượt giáo viên".

Hội thảo nhận được 27 ý kiến đóng góp của các sở giáo dục, trường đại học và chuyên gia.

TTXVN/Vietnam+

Bản quyền thuộc về Thông tấn xã Việt Nam. Địa chỉ: Số 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội.
"""

SY2324 = school_year("năm học 2023-2024", 2023)
T2030 = period("đến năm 2030", None, "2030-12-31")
T2035 = period("đến năm 2035", None, "2035-12-31")
RATE = "tỷ lệ giáo viên tiếng Anh đạt chuẩn năng lực"

FIGS = [
    F("khoảng 22.000 giáo viên tiếng Anh", "22.000", 22000, "count", "giáo viên tiếng Anh", approx="about",
      status="estimate", subject="giáo viên tiếng Anh cần thêm"),
    F("có 3,95 triệu", "3,95", 3.95e6, "count", "học sinh", percent=61.4,
      subject="học sinh lớp 1 và lớp 2 học tiếng Anh tự chọn", per=SY2324),
    F("là 83,6%", "83,6", 83.6, "percent", "%", subject=f"{RATE} ở cấp tiểu học", per=inherited(SY2324)),
    F("THCS 85,9%", "85,9", 85.9, "percent", "%", subject=f"{RATE} cấp THCS", per=inherited(SY2324)),
    F("THPT 90,2%", "90,2", 90.2, "percent", "%", subject=f"{RATE} cấp THPT", per=inherited(SY2324)),
    F("thiếu khoảng 22.000", "22.000", 22000, "count", "giáo viên", approx="about", status="estimate",
      subject="giáo viên còn thiếu để dạy tiếng Anh bắt buộc từ lớp 1"),
    F("gần 12.000 người", "12.000", 12000, "count", "người", approx="nearly", status="estimate", total=22000,
      subject="giáo viên cấp tiểu học còn thiếu"),
    F("hơn 10.000 tỷ", "10.000", 10000e9, "money", "đồng", approx="over", status="forecast",
      subject="kinh phí thực hiện đề án"),
    F("2030, 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở giáo dục phổ thông dạy tiếng Anh bắt buộc từ lớp 1", per=T2030),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="học sinh tốt nghiệp THPT đạt bậc 3 (B1) trở lên", per=T2035),
    F("có 13 ngoại ngữ", "13", 13, "count", "ngoại ngữ", subject="ngoại ngữ được dạy trong nhà trường"),
    F("khoảng 54.000 học sinh", "54.000", 54000, "count", "học sinh", approx="about",
      subject="học sinh học tiếng Nhật"),
    F("tiếng Hàn 27.500", "27.500", 27500, "count", "học sinh", subject="học sinh học tiếng Hàn"),
    F("hơn 21.000 học sinh", "21.000", 21000, "count", "học sinh", approx="over",
      subject="học sinh học tiếng Trung"),
    F("khoảng 3.000 giáo viên", "3.000", 3000, "measure", "giáo viên/năm", approx="about", status="target",
      subject="giáo viên tiếng Anh tiểu học đào tạo mới mỗi năm"),
    F("khoảng 20.000 lượt", "20.000", 20000, "measure", "lượt giáo viên/năm", approx="about", status="target",
      subject="lượt giáo viên được bồi dưỡng mỗi năm"),
    F("được 27 ý kiến", "27", 27, "count", "ý kiến",
      subject="ý kiến đóng góp hội thảo nhận được"),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): section bar, '15/11/2024 14:32 GMT+7', dateline 'Hà Nội (TTXVN) -', credit, copyright footer. National → Việt Nam.",
    "Distractors: 'Ngày 15/11', 'giai đoạn 2025-2035', 'tầm nhìn đến năm 2045', 'ngôn ngữ thứ hai' (an ordinal in a name), 'lớp 1, lớp 2',",
    "'bậc 3 (B1)', 'Số 5 Lý Thường Kiệt', 14:32.",
    "'năm học 2023-2024' → 2023-09-01 .. 2024-05-31 (school year); the three rates in the next sentence inherit it.",
    "'Bộ ước tính ..., cả nước còn thiếu khoảng 22.000 giáo viên, trong đó ... gần 12.000 người' → estimate (governs the 'trong đó' part too),",
    "total 22000. The headline restates the estimate with 'ước' → estimate. 'dự kiến hơn 10.000 tỷ' → forecast, over.",
    "'Mục tiêu đến năm 2030, ...; đến năm 2035, ...' → targets, each with its own as-of end date (start null).",
    "'13 ngoại ngữ, trong đó tiếng Nhật có khoảng 54.000 học sinh': the parts count học sinh, not ngoại ngữ → no total.",
    "Quoted proposal 'đề xuất mỗi năm đào tạo mới khoảng 3.000 ...' → target (a planned quantity; borderline: 'đề xuất' is not in the",
    "spec's cue list); 'mỗi năm' makes a rate → measure, unit 'giáo viên/năm'.",
]

if __name__ == "__main__":
    write("p1400-6", TEXT, NOTES, FIGS, published="2024-11-15", location="Việt Nam")
