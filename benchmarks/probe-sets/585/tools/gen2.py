"""p585-2: huyện Lục Ngạn (Bắc Giang) district portal, EPS Korea recruitment, 5 months 2024."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import P, I, CH, F, emit

TEXT = """Cổng thông tin điện tử huyện Lục Ngạn - tỉnh Bắc Giang
Tin tức > Lao động - Xã hội

Lục Ngạn: Hơn 300 lao động đăng ký dự tuyển đi làm việc tại Hàn Quốc

Thứ Tư, 12/06/2024 - 09:10

Ngày 10/6, UBND huyện phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức hội nghị tư vấn, tuyển chọn lao động đi làm việc tại Hàn Quốc theo Chương trình EPS. Đã có 317 lao động của 28/29 xã, thị trấn đăng ký dự tuyển, trong đó 64 lao động là nữ.

Theo Phòng Lao động - Thương binh và Xã hội, 5 tháng đầu năm 2024, toàn huyện có 412 lao động xuất cảnh, đạt 68,7% kế hoạch năm; trong đó thị trường Hàn Quốc 175 người, Nhật Bản 158 người, Đài Loan (Trung Quốc) 79 người. Hàn Quốc và Nhật Bản lần lượt chiếm 42,5% và 38,3% số lao động xuất cảnh.

Năm 2023, huyện có 506 lao động đi làm việc ở nước ngoài, tăng 21% so với năm 2022. Hiện toàn huyện có khoảng 2.800 lao động đang làm việc ở nước ngoài, mỗi năm gửi về trên 400 tỷ đồng. Riêng lao động thời vụ sang Hàn Quốc theo thị thực E-8 có 46 người, mức lương từ 1.900 đến 2.100 USD/tháng.

Lao động của huyện trúng tuyển Chương trình EPS chỉ phải nộp chi phí khoảng 650 USD (vé máy bay, khám sức khỏe, thị thực). Người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tối đa 15 triệu đồng và được vay vốn Ngân hàng Chính sách xã hội tối đa 100 triệu đồng/người với lãi suất 0,55%/tháng.

Người lao động có nhu cầu liên hệ Phòng LĐ-TB&XH huyện, tầng 2 nhà B, trụ sở HĐND - UBND huyện; điện thoại 0204.3882.176.

Hoàng Thu
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("Hơn 300 lao động", "300", 300, "count", "lao động", "lao động đăng ký dự tuyển đi làm việc tại Hàn Quốc", approx="over"),
    F("có 317 lao động", "317", 317, "count", "lao động", "lao động đăng ký dự tuyển đi làm việc tại Hàn Quốc theo Chương trình EPS"),
    F("28/29 xã", "28", 28, "count", "xã, thị trấn", "xã, thị trấn có lao động đăng ký dự tuyển", total=29),
    F("trong đó 64 lao động", "64", 64, "count", "lao động", "lao động nữ đăng ký dự tuyển", total=317),
    F("có 412 lao động", "412", 412, "count", "lao động", "lao động xuất cảnh", M5, percent=68.7),
    F("Hàn Quốc 175 người", "175", 175, "count", "người", "lao động xuất cảnh sang thị trường Hàn Quốc", M5, total=412),
    F("Nhật Bản 158 người", "158", 158, "count", "người", "lao động xuất cảnh sang thị trường Nhật Bản", M5, total=412),
    F("Trung Quốc) 79 người", "79", 79, "count", "người", "lao động xuất cảnh sang thị trường Đài Loan (Trung Quốc)", M5, total=412),
    F("chiếm 42,5%", "42,5", 42.5, "percent", "%", "thị trường Hàn Quốc trong số lao động xuất cảnh", I(M5)),
    F("và 38,3%", "38,3", 38.3, "percent", "%", "thị trường Nhật Bản trong số lao động xuất cảnh", I(M5)),
    F("có 506 lao động", "506", 506, "count", "lao động", "lao động đi làm việc ở nước ngoài", Y23,
      change=CH("increase", 21, baseline="năm 2022")),
    F("khoảng 2.800 lao động", "2.800", 2800, "count", "lao động", "lao động đang làm việc ở nước ngoài", approx="about"),
    F("trên 400 tỷ đồng", "400", 400000000000, "money", "đồng", "tiền lao động ở nước ngoài gửi về mỗi năm", approx="over"),
    F("có 46 người", "46", 46, "count", "người", "lao động thời vụ sang Hàn Quốc theo thị thực E-8"),
    F("từ 1.900 đến 2.100 USD/tháng", "1.900", 1900, "money", "USD/tháng", "mức lương lao động thời vụ sang Hàn Quốc",
      value_max=2100),
    F("khoảng 650 USD", "650", 650, "money", "USD", "chi phí lao động trúng tuyển Chương trình EPS phải nộp", approx="about"),
    F("tối đa 15 triệu đồng", "15", 15000000, "money", "đồng", "hỗ trợ cho người thuộc hộ nghèo, hộ cận nghèo", approx="at_most"),
    F("tối đa 100 triệu đồng/người", "100", 100000000, "money", "đồng/người", "mức vay vốn Ngân hàng Chính sách xã hội",
      approx="at_most"),
    F("lãi suất 0,55%/tháng", "0,55", 0.55, "percent", "%", "lãi suất vay vốn Ngân hàng Chính sách xã hội"),
]

COMMENTS = [
    "Lục Ngạn district portal (weekday dateline 'Thứ Tư, 12/06/2024 - 09:10', byline at the end): EPS recruitment, workers 5 months 2024.",
    "District portal: every figure is the district's (location Lục Ngạn); Hàn Quốc/Nhật Bản/Đài Loan are markets, kept in the subject.",
    "'28/29 xã, thị trấn' gives total 29; 'trong đó 64 lao động là nữ' total 317; market parts after '; trong đó' share the sentence's period.",
    "'lần lượt chiếm 42,5% và 38,3%' stand in their own sentence after the parts: percent figures of their own.",
    "'0,55%/tháng' is a percent (unit %, per the spec), not a money rate. 'ngày 10/6' is a single day, no period given (unscored).",
    "Distractors: thị thực E-8, tầng 2 nhà B, phone 0204.3882.176, dates.",
    "revised after the first run: subjects of the 42,5%/38,3% shares no longer start with an invented 'tỷ trọng'.",
]

if __name__ == "__main__":
    emit("p585-2", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Lục Ngạn")
