"""p798-8: provincial newspaper online (Báo Bình Phước, (BPO) tag), headline figure, 9 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Hơn 1,2 triệu giao dịch qua điểm bưu điện văn hóa xã trong 9 tháng
Cập nhật lúc 15:10, Thứ Sáu, 11/10/2024

(BPO) - 9 tháng đầu năm 2024, 92 điểm bưu điện văn hóa xã (BĐVHX) trên địa bàn tỉnh đã thực hiện hơn 1,2 triệu giao dịch, tăng 8,6% so với cùng kỳ; tổng doanh thu đạt 17,4 tỷ đồng, bằng 71% kế hoạch năm.

Các huyện có doanh thu cao nhất lần lượt là Bù Đăng (2,9 tỷ đồng), Lộc Ninh (2,6 tỷ đồng) và Bù Gia Mập (2,3 tỷ đồng). Điểm BĐVHX Đak Nhau (huyện Bù Đăng) dẫn đầu toàn tỉnh với doanh thu 412 triệu đồng.

Riêng dịch vụ chi trả lương hưu, trợ cấp BHXH tại điểm BĐVHX tăng mạnh: bình quân mỗi tháng chi trả cho 4.318 người, gấp 1,4 lần cùng kỳ năm 2023. Số giao dịch thu hộ, chi hộ tại các điểm BĐVHX hiện đã gấp 2,5 lần so với năm 2021. Các điểm cũng đã tiếp nhận, trả kết quả 6.250 hồ sơ thủ tục hành chính cho người dân trong 9 tháng.

Theo ông Trần Quốc Hùng, Giám đốc Bưu điện tỉnh Bình Phước, dự kiến cả năm 2024 doanh thu các điểm BĐVHX đạt khoảng 25 tỷ đồng, vượt 2% kế hoạch. Năm 2025, đơn vị phấn đấu 100% điểm BĐVHX cung cấp dịch vụ công trực tuyến, mỗi điểm có ít nhất 2 nhân viên được tập huấn kỹ năng số.

Hiện các điểm BĐVHX cách trung tâm huyện từ 8 đến 35 km, nhiều điểm nằm dọc Quốc lộ 14 và ĐT.741, thuận lợi cho người dân đến giao dịch.

NGỌC BÍCH
"""

M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 1,2 triệu giao dịch", "1,2", 1.2e6, "count", "giao dịch", approx="over",
      subject="giao dịch qua điểm bưu điện văn hóa xã",
      period=period("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("2024, 92 điểm", "92", 92, "count", "điểm", subject="điểm bưu điện văn hóa xã", period=M9),
    F("hơn 1,2 triệu giao dịch, tăng", "1,2", 1.2e6, "count", "giao dịch", approx="over",
      change=change("increase", 8.6, "%", "cùng kỳ"), subject="giao dịch của các điểm BĐVHX", period=M9),
    F("đạt 17,4 tỷ đồng", "17,4", 17.4e9, "money", "đồng", percent=71, subject="tổng doanh thu",
      period=M9),
    F("Bù Đăng (2,9 tỷ đồng)", "2,9", 2.9e9, "money", "đồng", subject="doanh thu điểm BĐVHX",
      location="Bù Đăng", period=inherit(M9)),
    F("Lộc Ninh (2,6 tỷ đồng)", "2,6", 2.6e9, "money", "đồng", subject="doanh thu điểm BĐVHX",
      location="Lộc Ninh", period=inherit(M9)),
    F("Bù Gia Mập (2,3 tỷ đồng)", "2,3", 2.3e9, "money", "đồng", subject="doanh thu điểm BĐVHX",
      location="Bù Gia Mập", period=inherit(M9)),
    F("doanh thu 412 triệu đồng", "412", 412e6, "money", "đồng", subject="doanh thu điểm BĐVHX Đak Nhau",
      location="Bù Đăng", period=inherit(M9)),
    F("cho 4.318 người", "4.318", 4318, "count", "người",
      change=change("increase", 1.4, "lần", "cùng kỳ năm 2023"),
      subject="người được chi trả lương hưu, trợ cấp BHXH tại điểm BĐVHX bình quân mỗi tháng",
      period=inherit(M9)),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      subject="số giao dịch thu hộ, chi hộ tại các điểm BĐVHX so với năm 2021"),
    F("kết quả 6.250 hồ sơ", "6.250", 6250, "count", "hồ sơ",
      subject="hồ sơ thủ tục hành chính tiếp nhận, trả kết quả tại điểm BĐVHX",
      period=period("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 25 tỷ đồng", "25", 25e9, "money", "đồng", approx="about", status="forecast",
      change=change("increase", 2, "%", "kế hoạch"), subject="doanh thu các điểm BĐVHX",
      period=period("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("phấn đấu 100% điểm", "100", 100, "percent", "%", status="target",
      subject="điểm BĐVHX cung cấp dịch vụ công trực tuyến", period=Y25),
    F("ít nhất 2 nhân viên", "2", 2, "count", "nhân viên", approx="at_least", status="target",
      subject="nhân viên mỗi điểm được tập huấn kỹ năng số", period=Y25),
    F("từ 8 đến 35 km", "8", 8, "measure", "km", value_max=35,
      subject="khoảng cách từ điểm BĐVHX đến trung tâm huyện"),
]

NOTES = [
    "Probe 798. Provincial newspaper online (Báo Bình Phước), headline figure, 'Cập nhật lúc 15:10, Thứ Sáu, 11/10/2024',",
    "tag (BPO) implies Bình Phước. The year-less headline 'trong 9 tháng' takes 2024 (published). District list with",
    "'lần lượt' shares the indicator 'doanh thu'; districts are locations; no total (a ranking, not a breakdown).",
    "'gấp 1,4 lần cùng kỳ năm 2023' after 4.318 người is its change; 'gấp 2,5 lần so với năm 2021' without an amount is",
    "a multiple. 'vượt 2% kế hoạch' is a change with baseline kế hoạch of the forecast 25 tỷ. Targets 2025: 100%, 'ít nhất",
    "2 nhân viên' (at_least). Not figures: Quốc lộ 14, ĐT.741, 'Trần Quốc Hùng', time 15:10.",
]

if __name__ == "__main__":
    write("p798-8", TEXT, NOTES, FIGS, published="2024-10-11", location="Bình Phước")
