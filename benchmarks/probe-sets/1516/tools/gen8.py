"""p1516-8: news agency (TTXVN/Vietnam+): smuggled mosquito coils seized in Lạng Sơn; national figures."""
from lib import F, P, inh, C, T, write

TEXT = """VIETNAM+ | TTXVN
Kinh tế > Thị trường

Lạng Sơn: Thu giữ gần 30.000 hộp hương muỗi nhập lậu

Thứ Ba, 21/05/2024 - 14:52

Ngày 21/5, Cục Quản lý thị trường tỉnh Lạng Sơn cho biết, Đội Quản lý thị trường số 3 vừa phối hợp với Phòng Cảnh sát kinh tế Công an tỉnh kiểm tra xe tải biển kiểm soát 12C-145.67 trên Quốc lộ 1A, đoạn qua huyện Cao Lộc, phát hiện 29.600 hộp hương muỗi và 1.250 bình xịt côn trùng nhãn mác nước ngoài không có hóa đơn, chứng từ. Tổng trị giá hàng hóa ước tính khoảng 480 triệu đồng.

Lái xe khai nhận số hàng trên được mua tại khu vực biên giới với giá 6.000-8.000 đồng/hộp. Lực lượng chức năng đã tạm giữ toàn bộ số hàng để xác minh, xử lý.

Theo Cục Quản lý thị trường tỉnh, từ đầu năm đến nay, lực lượng quản lý thị trường đã xử lý 23 vụ vi phạm liên quan đến hương muỗi, hóa chất diệt côn trùng, tăng 9 vụ so với cùng kỳ năm trước; thu nộp ngân sách hơn 640 triệu đồng. Riêng quý I, Đội Quản lý thị trường số 1 đã tiêu hủy 4,2 tấn hương muỗi và 860 bình xịt không rõ nguồn gốc.

Trong 6 tháng cuối năm, Cục dự kiến tổ chức ít nhất hai đợt kiểm tra chuyên đề đối với mặt hàng hóa chất, chế phẩm diệt côn trùng.

Trên phạm vi cả nước, theo Tổng cục Quản lý thị trường, 4 tháng đầu năm 2024 lực lượng quản lý thị trường đã xử lý 312 vụ vi phạm về hóa chất, chế phẩm diệt côn trùng, trị giá hàng vi phạm hơn 5,1 tỷ đồng.

(TTXVN/Vietnam+)
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-05-21")
Q1 = P("quý I", "2024-01-01", "2024-03-31")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
CL = "Cao Lộc"
VN = "Việt Nam"

FIGS = [
    F("gần 30.000 hộp", "30.000", 30000, "count", "hộp", approx="nearly",
      subject="hương muỗi nhập lậu thu giữ"),
    F("phát hiện 29.600 hộp", "29.600", 29600, "count", "hộp", subject="hương muỗi phát hiện", location=CL),
    F("1.250 bình", "1.250", 1250, "count", "bình",
      subject="bình xịt côn trùng nhãn mác nước ngoài", location=CL),
    F("khoảng 480 triệu", "480", 480e6, "money", "đồng", approx="about", status="estimate",
      subject="tổng trị giá hàng hóa", location=CL),
    F("giá 6.000-8.000", "6.000", 6000, "money", "đồng/hộp", value_max=8000,
      subject="giá mua tại khu vực biên giới"),
    F("xử lý 23 vụ", "23", 23, "count", "vụ", change=C("increase", 9, "vụ", "cùng kỳ năm trước"),
      subject="vụ vi phạm liên quan đến hương muỗi, hóa chất diệt côn trùng", period=YTD),
    F("hơn 640 triệu", "640", 640e6, "money", "đồng", approx="over", subject="thu nộp ngân sách",
      period=YTD),
    F("tiêu hủy 4,2 tấn", "4,2", 4.2, "measure", "tấn", subject="hương muỗi tiêu hủy", period=Q1),
    F("860 bình", "860", 860, "count", "bình", subject="bình xịt không rõ nguồn gốc tiêu hủy", period=Q1),
    F("ít nhất hai đợt", "hai", 2, "count", "đợt", approx="at_least", status="forecast",
      subject="đợt kiểm tra chuyên đề", period=H2),
    F("xử lý 312 vụ", "312", 312, "count", "vụ", subject="vụ vi phạm về hóa chất, chế phẩm diệt côn trùng",
      period=M4, location=VN),
    F("hơn 5,1 tỷ", "5,1", 5.1e9, "money", "đồng", approx="over", subject="trị giá hàng vi phạm",
      period=M4, location=VN),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): seizure of smuggled mosquito coils on Quốc lộ 1A in huyện Cao Lộc, Lạng Sơn; provincial and national counts.",
    "Distractors: 'Đội Quản lý thị trường số 3', 'số 1', plate '12C-145.67', 'Quốc lộ 1A', 'Ngày 21/5', '14:52'.",
    "Location: the seizure paragraph (huyện Cao Lộc) → Cao Lộc; the headline names Lạng Sơn; provincial counts Lạng Sơn;",
    "the purchase price in the next paragraph ('mua tại khu vực biên giới') names no district: Lạng Sơn (revised after the first run).",
    "the last paragraph ('Trên phạm vi cả nước', Tổng cục) → Việt Nam.",
    "'ước tính khoảng 480 triệu' → estimate + about. 'tăng 9 vụ so với cùng kỳ năm trước' → change in vụ.",
    "'từ đầu năm đến nay' ends at the dateline 2024-05-21; year-less 'quý I', '6 tháng cuối năm' take 2024.",
    "'dự kiến tổ chức ít nhất hai đợt' → forecast, at_least, number word 'hai'.",
]

if __name__ == "__main__":
    write("p1516-8", TEXT, NOTES, FIGS, published="2024-05-21", location="Lạng Sơn")
