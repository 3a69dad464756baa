"""p1174-4: ministry site (Bộ Công an), national alcohol violations in the Tết Ất Tỵ 2025 holiday."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / An ninh trật tự

Vi phạm nồng độ cồn dịp Tết Ất Tỵ giảm gần 70%

Ngày đăng: 03/02/2025 | Chuyên mục: Tin An ninh trật tự

Theo Cục Cảnh sát giao thông, trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 25/01 đến 02/02/2025), lực lượng CSGT toàn quốc đã phát hiện, xử lý 13.814 trường hợp vi phạm nồng độ cồn, giảm 67,7% so với dịp Tết Giáp Thìn năm 2024 (42.770 trường hợp). Trong đó, người điều khiển ô tô 1.503 trường hợp, chiếm 10,9%; người điều khiển mô tô, xe máy 12.311 trường hợp. Bình quân mỗi ngày, lực lượng CSGT xử lý khoảng 1.535 trường hợp.

Số tiền phạt ước đạt hơn 31 tỷ đồng; tước giấy phép lái xe 9.268 trường hợp. Các địa phương phát hiện nhiều vi phạm nhất là Hà Nội (1.254 trường hợp), Nghệ An (876 trường hợp) và Thanh Hóa (742 trường hợp).

Cũng trong dịp Tết, toàn quốc xảy ra 306 vụ tai nạn giao thông, làm chết 203 người, bị thương 201 người; so với Tết năm 2024 giảm 137 vụ (30,9%), giảm 81 người chết (28,5%), giảm 196 người bị thương (49,4%).

Theo Bộ Công an, kết quả trên cho thấy tác động rõ rệt của Nghị định số 168/2024/NĐ-CP có hiệu lực từ ngày 01/01/2025. Khảo sát của Cục CSGT tại 12 tỉnh, thành phố cho thấy khoảng 85% người dân được hỏi ủng hộ việc xử phạt nghiêm vi phạm nồng độ cồn.

Năm 2025, Cục CSGT đặt mục tiêu mỗi tổ tuần tra được trang bị ít nhất 2 máy đo nồng độ cồn, đồng thời đẩy mạnh ứng dụng VNeTraffic để người dân phản ánh vi phạm; tính đến ngày 31/01/2025, ứng dụng đã có hơn 1,1 triệu lượt tải.

Địa chỉ: 44 Yết Kiêu, Hoàn Kiếm, Hà Nội | Điện thoại: 069.234.2593
"""

TET = P("từ ngày 25/01 đến 02/02/2025", "2025-01-25", "2025-02-02")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = P("tính đến ngày 31/01/2025", None, "2025-01-31")
V = "trường hợp vi phạm nồng độ cồn phát hiện, xử lý"

FIGS = [
    F("giảm gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="vi phạm nồng độ cồn dịp Tết Ất Tỵ giảm"),
    F("xử lý 13.814 trường hợp", "13.814", 13814, "count", "trường hợp",
      change=C("decrease", 67.7, "%", "dịp Tết Giáp Thìn năm 2024"), subject=V, period=TET),
    F("(42.770 trường hợp)", "42.770", 42770, "count", "trường hợp",
      subject="trường hợp vi phạm nồng độ cồn dịp Tết Giáp Thìn năm 2024"),
    F("ô tô 1.503 trường hợp", "1.503", 1503, "count", "trường hợp", total=13814, percent=10.9,
      subject="trường hợp vi phạm nồng độ cồn là người điều khiển ô tô", period=I(TET)),
    F("xe máy 12.311 trường hợp", "12.311", 12311, "count", "trường hợp", total=13814,
      subject="trường hợp vi phạm nồng độ cồn là người điều khiển mô tô, xe máy", period=I(TET)),
    F("khoảng 1.535 trường hợp", "1.535", 1535, "measure", "trường hợp/ngày", approx="about",
      subject="trường hợp vi phạm nồng độ cồn xử lý bình quân mỗi ngày", period=I(TET)),
    F("hơn 31 tỷ", "31", 31000000000, "money", "đồng", approx="over", status="estimate",
      subject="số tiền phạt vi phạm nồng độ cồn", period=I(TET)),
    F("tước giấy phép lái xe 9.268", "9.268", 9268, "count", "trường hợp",
      subject="trường hợp bị tước giấy phép lái xe", period=I(TET)),
    F("Hà Nội (1.254", "1.254", 1254, "count", "trường hợp", location="Hà Nội",
      subject="trường hợp vi phạm nồng độ cồn phát hiện", period=I(TET)),
    F("Nghệ An (876", "876", 876, "count", "trường hợp", location="Nghệ An",
      subject="trường hợp vi phạm nồng độ cồn phát hiện", period=I(TET)),
    F("Thanh Hóa (742", "742", 742, "count", "trường hợp", location="Thanh Hóa",
      subject="trường hợp vi phạm nồng độ cồn phát hiện", period=I(TET)),
    F("xảy ra 306 vụ", "306", 306, "count", "vụ", change=C("decrease", 137, "vụ", "Tết năm 2024"),
      subject="vụ tai nạn giao thông", period=I(TET)),
    F("làm chết 203 người", "203", 203, "count", "người", change=C("decrease", 81, "người", "Tết năm 2024"),
      subject="người chết do tai nạn giao thông", period=I(TET)),
    F("bị thương 201 người", "201", 201, "count", "người", change=C("decrease", 196, "người", "Tết năm 2024"),
      subject="người bị thương do tai nạn giao thông", period=I(TET)),
    F("(30,9%)", "30,9", 30.9, "percent", "%", optional=True, subject="mức giảm số vụ tai nạn giao thông"),
    F("(28,5%)", "28,5", 28.5, "percent", "%", optional=True, subject="mức giảm số người chết"),
    F("(49,4%)", "49,4", 49.4, "percent", "%", optional=True, subject="mức giảm số người bị thương"),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được Cục CSGT khảo sát"),
    F("khoảng 85%", "85", 85, "percent", "%", approx="about",
      subject="người dân được hỏi ủng hộ việc xử phạt nghiêm vi phạm nồng độ cồn"),
    F("ít nhất 2 máy", "2", 2, "measure", "máy đo nồng độ cồn/tổ tuần tra", approx="at_least", status="target",
      subject="máy đo nồng độ cồn trang bị cho mỗi tổ tuần tra", period=Y25),
    F("hơn 1,1 triệu", "1,1", 1100000, "count", "lượt tải", approx="over",
      subject="lượt tải ứng dụng VNeTraffic", period=ASOF),
]

NOTES = [
    "Ministry site (Bộ Công an): national alcohol violations, Tết Ất Tỵ 2025. 'Ngày đăng: 03/02/2025', footer address and phone.",
    "Distractors: '9 ngày nghỉ' (a duration that only locates the period), Nghị định số 168/2024/NĐ-CP, 01/01/2025, '44 Yết Kiêu', phone 069.234.2593.",
    "The bracketed 42.770 is the baseline amount of the change: a figure of its own (no period: the 2024 holiday is named, not dated).",
    "The accident changes: the first 'giảm N' is each figure's change; the bracketed percents are second changes (optional figures).",
    "Province list after 'Các địa phương phát hiện nhiều vi phạm nhất là': subject = list's indicator, places in location.",
    "Headline 'giảm gần 70%' is a rate as the claim (percent, no change, no period). '2 máy' per team is a rate (máy/tổ).",
]

if __name__ == "__main__":
    write("p1174-4", TEXT, NOTES, FIGS, published="2025-02-03", location="Việt Nam")
