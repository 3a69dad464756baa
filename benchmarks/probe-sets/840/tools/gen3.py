"""p840-3: formal report (UBND tỉnh Đắk Lắk), school traffic safety 2023-2024, flattened | table."""
from lib import F, change, period, write

TEXT = """
UBND TỈNH ĐẮK LẮK
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả bảo đảm trật tự, an toàn giao thông trong trường học năm học 2023-2024

Thực hiện Kế hoạch số 112/KH-UBND ngày 28/8/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tuyên truyền: năm học 2023-2024, các trường đã tổ chức 4.850 buổi tuyên truyền pháp luật về giao thông cho hơn 512.000 lượt học sinh, tăng 8,6% so với năm học trước. 100% trường trung học phổ thông ký cam kết với cha mẹ học sinh không giao xe cho con chưa đủ tuổi.

2. Tặng mũ bảo hiểm và xử lý vi phạm (năm học 2023-2024)
Đơn vị tính: chiếc; trường hợp
Địa bàn | Mũ bảo hiểm được tặng | Học sinh vi phạm
TP Buôn Ma Thuột | 6.420 | 312
Huyện Cư M'gar | 2.980 | 145
Huyện Krông Pắc | 3.150 | 168
Huyện Ea H'leo | 1.870 | 97
Các địa phương khác | 13.580 | 604
Tổng cộng | 28.000 | 1.326

Trong số học sinh vi phạm, có 742 trường hợp điều khiển xe mô tô khi chưa đủ tuổi, chiếm 56%; 389 trường hợp không đội mũ bảo hiểm. Tổng số tiền xử phạt gần 1,2 tỷ đồng.

3. Tai nạn giao thông: từ ngày 15/9/2023 đến ngày 15/5/2024, toàn tỉnh xảy ra 37 vụ tai nạn giao thông liên quan đến học sinh, làm chết 19 em, bị thương 28 em; so với cùng kỳ năm học trước giảm 6 vụ, giảm 3 người chết.

II. NHIỆM VỤ NĂM HỌC 2024-2025
1. Phấn đấu giảm từ 5 đến 10% số vụ tai nạn giao thông liên quan đến học sinh so với năm học 2023-2024.
2. Dự kiến trong quý III/2024 tặng khoảng 30.000 mũ bảo hiểm cho học sinh lớp 1.

Nơi nhận:
- Ủy ban ATGT Quốc gia;
- Lưu: VT.
"""

PNH = period("năm học 2023-2024", "2023-09-01", "2024-05-31")
PNHi = period("năm học 2023-2024", "2023-09-01", "2024-05-31", inherited=True)
PTN = period("từ ngày 15/9/2023 đến ngày 15/5/2024", "2023-09-15", "2024-05-15")
MU, VP = "mũ bảo hiểm được tặng", "học sinh vi phạm"

FIGS = [
    F("tổ chức 4.850 buổi", "4.850", 4850, "count", "buổi", "buổi tuyên truyền pháp luật về giao thông", period=PNH),
    F("hơn 512.000 lượt học sinh", "512.000", 512000, "count", "lượt học sinh", "lượt học sinh được tuyên truyền",
      approx="over", change=change("increase", 8.6, "%", "năm học trước"), period=PNH),
    F("100% trường trung học phổ thông", "100", 100, "percent", "%",
      "trường trung học phổ thông ký cam kết với cha mẹ học sinh", period=PNHi),
    F("Thuột | 6.420", "6.420", 6420, "count", "chiếc", MU, location="Buôn Ma Thuột", period=PNHi),
    F("6.420 | 312", "312", 312, "count", "trường hợp", VP, location="Buôn Ma Thuột", period=PNHi),
    F("M'gar | 2.980", "2.980", 2980, "count", "chiếc", MU, location="Cư M'gar", period=PNHi),
    F("2.980 | 145", "145", 145, "count", "trường hợp", VP, location="Cư M'gar", period=PNHi),
    F("Pắc | 3.150", "3.150", 3150, "count", "chiếc", MU, location="Krông Pắc", period=PNHi),
    F("3.150 | 168", "168", 168, "count", "trường hợp", VP, location="Krông Pắc", period=PNHi),
    F("H'leo | 1.870", "1.870", 1870, "count", "chiếc", MU, location="Ea H'leo", period=PNHi),
    F("1.870 | 97", "97", 97, "count", "trường hợp", VP, location="Ea H'leo", period=PNHi),
    F("khác | 13.580", "13.580", 13580, "count", "chiếc", MU, period=PNHi),
    F("13.580 | 604", "604", 604, "count", "trường hợp", VP, period=PNHi),
    F("Tổng cộng | 28.000", "28.000", 28000, "count", "chiếc", MU, period=PNHi),
    F("28.000 | 1.326", "1.326", 1326, "count", "trường hợp", VP, period=PNHi),
    F("có 742 trường hợp", "742", 742, "count", "trường hợp",
      "trường hợp điều khiển xe mô tô khi chưa đủ tuổi", total=1326, percent=56, period=PNHi),
    F("389 trường hợp", "389", 389, "count", "trường hợp", "trường hợp không đội mũ bảo hiểm",
      total=1326, period=PNHi),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng số tiền xử phạt", approx="nearly", period=PNHi),
    F("xảy ra 37 vụ", "37", 37, "count", "vụ", "vụ tai nạn giao thông liên quan đến học sinh",
      change=change("decrease", 6, "vụ", "cùng kỳ năm học trước"), period=PTN),
    F("làm chết 19 em", "19", 19, "count", "em", "học sinh chết",
      change=change("decrease", 3, "người", "cùng kỳ năm học trước"), period=PTN),
    F("bị thương 28 em", "28", 28, "count", "em", "học sinh bị thương", period=PTN),
    F("giảm từ 5 đến 10%", "5", 5, "percent", "%", "số vụ tai nạn giao thông liên quan đến học sinh",
      value_max=10, status="target",
      period=period("NĂM HỌC 2024-2025", "2024-09-01", "2025-05-31", inherited=True)),
    F("khoảng 30.000 mũ bảo hiểm", "30.000", 30000, "count", "mũ bảo hiểm",
      "mũ bảo hiểm tặng học sinh lớp 1", approx="about", status="forecast",
      period=period("quý III/2024", "2024-07-01", "2024-09-30")),
]

NOTES = [
    "Formal report under the UBND Đắk Lắk letterhead, school year 2023-2024; flattened | table by district.",
    "Not figures: Số: 318/BC-UBND, the place-date line, Kế hoạch số 112/KH-UBND ngày 28/8/2023, section numbers I./II./1./2./3.,",
    "'lớp 1', 'Nơi nhận'. Table: unit line 'chiếc; trường hợp' one unit per column; period from the caption line (inherited).",
    "Row 'Các địa phương khác' and 'Tổng cộng' are the province's (default Đắk Lắk); table cells get no totals.",
    "'Trong số học sinh vi phạm' names the table's total (1.326): 742 and 389 are its parts. 'giảm 3 người chết' is the change of 19 em.",
    "'giảm từ 5 đến 10% số vụ' is a target rate with no base amount: a percent figure, no change.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-06-20", location="Đắk Lắk")
