"""p1320-8: news agency (TTXVN): a cold logistics centre opens in Cần Thơ (quận Bình Thủy); city cold-store figures."""
from lib import F, period, inherited, change, target, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế > Thị trường

Cần Thơ khánh thành trung tâm logistics lạnh 25.000 vị trí pallet

20/11/2024 10:35

Cần Thơ (TTXVN) - Sáng 20/11, Công ty cổ phần Kho vận Lạnh Mekong Star khánh thành Trung tâm logistics lạnh tại Khu công nghiệp Trà Nóc 2, quận Bình Thủy, TP Cần Thơ. Trung tâm có tổng vốn đầu tư hơn 1.100 tỷ đồng, xây dựng trên diện tích 4,2 ha, gồm 6 buồng trữ đông, 4 buồng mát và một khu cấp đông nhanh công suất 120 tấn/ngày.

Giai đoạn 1 của dự án với sức chứa 25.000 vị trí pallet đi vào hoạt động từ tháng 12/2024. Khi vận hành hết công suất, trung tâm dự kiến xử lý khoảng 400.000 tấn hàng hóa mỗi năm, tạo việc làm cho 350 lao động.

Theo Sở Công Thương TP Cần Thơ, thành phố hiện có 19 kho lạnh với tổng sức chứa khoảng 92.000 tấn. 10 tháng năm 2024, lượng hàng hóa qua các kho lạnh trên địa bàn đạt 610.000 tấn, tăng 9,3% so với cùng kỳ; trong đó thủy sản chiếm 71%. Chi phí logistics hiện chiếm khoảng 25-30% giá thành nông sản của thành phố, trong khi bình quân cả nước là 16,8%.

Bộ Công Thương dự báo đến năm 2030, nhu cầu kho lạnh của Cần Thơ tăng lên khoảng 200.000 tấn. Thành phố đặt mục tiêu đến năm 2025 có ít nhất 3 trung tâm logistics cấp vùng và thu hút thêm 2-3 dự án kho lạnh.

Ngọc Thiện (TTXVN)
"""

M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T30 = period("đến năm 2030", end="2030-12-31")
T25 = period("đến năm 2025", end="2025-12-31")
BT = "Bình Thủy"

FIGS = [
    F("logistics lạnh 25.000", "25.000", 25000, "count", "vị trí pallet",
      subject="trung tâm logistics lạnh"),
    F("hơn 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="over", subject="tổng vốn đầu tư trung tâm",
      location=BT),
    F("diện tích 4,2 ha", "4,2", 4.2, "measure", "ha", subject="diện tích trung tâm", location=BT),
    F("gồm 6 buồng", "6", 6, "count", "buồng trữ đông", subject="buồng trữ đông", location=BT),
    F("4 buồng mát", "4", 4, "count", "buồng mát", subject="buồng mát", location=BT),
    F("một khu cấp đông", "một", 1, "count", "khu cấp đông nhanh", subject="khu cấp đông nhanh", location=BT),
    F("công suất 120 tấn/ngày", "120", 120, "measure", "tấn/ngày", subject="công suất khu cấp đông nhanh",
      location=BT),
    F("sức chứa 25.000 vị trí", "25.000", 25000, "count", "vị trí pallet",
      subject="sức chứa giai đoạn 1 của dự án", location=BT),
    F("khoảng 400.000 tấn", "400.000", 400000, "measure", "tấn/năm", approx="about", status="forecast",
      subject="hàng hóa trung tâm xử lý mỗi năm", location=BT),
    F("cho 350 lao động", "350", 350, "count", "lao động", status="forecast",
      subject="lao động trung tâm tạo việc làm", location=BT),
    F("có 19 kho lạnh", "19", 19, "count", "kho lạnh", subject="kho lạnh"),
    F("khoảng 92.000 tấn", "92.000", 92000, "measure", "tấn", approx="about", subject="tổng sức chứa kho lạnh"),
    F("đạt 610.000 tấn", "610.000", 610000, "measure", "tấn", per=M10,
      change=change("increase", 9.3, "%", "cùng kỳ"), subject="lượng hàng hóa qua các kho lạnh"),
    F("chiếm 71%", "71", 71, "percent", "%", per=M10,
      subject="thủy sản trong lượng hàng hóa qua các kho lạnh"),
    F("khoảng 25-30%", "25", 25, "percent", "%", value_max=30, approx="about",
      subject="chi phí logistics trong giá thành nông sản"),
    F("là 16,8%", "16,8", 16.8, "percent", "%", subject="chi phí logistics bình quân cả nước",
      location="Việt Nam"),
    F("khoảng 200.000 tấn", "200.000", 200000, "measure", "tấn", approx="about", status="forecast", per=T30,
      subject="nhu cầu kho lạnh"),
    F("ít nhất 3 trung tâm", "3", 3, "count", "trung tâm logistics", approx="at_least", status="target",
      per=T25, subject="trung tâm logistics cấp vùng"),
    F("thêm 2-3 dự án", "2", 2, "count", "dự án", value_max=3, status="target", per=T25,
      subject="dự án kho lạnh thu hút thêm"),
]

NOTES = [
    "News agency (TTXVN): agency banner, section path, '20/11/2024 10:35', place tag 'Cần Thơ (TTXVN) -', byline '(TTXVN)'.",
    "Distractors: 10:35, 'Sáng 20/11', 'Trà Nóc 2', 'Giai đoạn 1', 'tháng 12/2024' (start of operation, not a period of a figure).",
    "Location: the centre in quận Bình Thủy → Bình Thủy for its figures; headline and city figures → Cần Thơ; 'bình quân cả nước' → Việt Nam.",
    "'diện tích 4,2 ha, gồm 6 buồng ...' : no whole of the same thing before 'gồm', so no total.",
    "'dự kiến xử lý ... tạo việc làm cho 350 lao động' → forecast for both; 'mỗi năm' → tấn/năm.",
    "'trong đó thủy sản chiếm 71%' is a percent figure of its own (no amount of its own). 'tăng lên khoảng 200.000 tấn' is the new level, not a change.",
    "'hiện' figures get no period. 'dự báo đến năm 2030' → forecast; 'mục tiêu đến năm 2025' governs both items.",
]

if __name__ == "__main__":
    write("p1320-8", TEXT, NOTES, FIGS, published="2024-11-20", location="Cần Thơ")
