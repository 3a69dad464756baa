import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, C, T, build

text = """UBND TỈNH BÌNH THUẬN
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 178/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống hạn hán, thiếu nước 6 tháng đầu năm 2024

I. TÌNH HÌNH HẠN HÁN, THIẾU NƯỚC
Tính đến ngày 30/6/2024, tổng dung tích 20 hồ chứa thủy lợi trên địa bàn tỉnh đạt 98,7 triệu m3 (bằng 38,2% dung tích thiết kế). Diện tích cây trồng bị thiếu nước tại các huyện như sau:

Bảng 1. Diện tích gieo trồng và thiếu nước 6 tháng đầu năm 2024
Đơn vị tính: ha
Huyện | Gieo trồng | Thiếu nước | Thiệt hại trên 70% | Tỷ lệ thiếu nước (%)
Tuy Phong | 4.250 | 612 | 85 | 14,4
Bắc Bình | 11.830 | 1.047 | 163 | 8,9
Hàm Thuận Bắc | 15.420 | 938 | 0 | 6,1
Cộng | 31.500 | 2.597 | 248 | 8,2

II. KẾT QUẢ THỰC HIỆN
Tổng kinh phí phòng, chống hạn 6 tháng đầu năm 2024 là 26,75 tỷ đồng, đạt 53,5% kế hoạch năm; đã nạo vét 86,4 km kênh mương, sửa chữa 14 trạm bơm, hỗ trợ 2.150 hộ nước sinh hoạt bằng xe bồn.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu hoàn thành nạo vét thêm 60 km kênh mương; chuyển đổi 1.200 ha lúa thiếu nước sang cây trồng cạn; bảo đảm cấp nước ổn định cho trên 95% số hộ vùng khô hạn.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ NN&PTNT (Cục Thủy lợi);
- Lưu: VT, TL.
GIÁM ĐỐC
Nguyễn Văn Thành
"""

asof = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
h1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
h1_i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
h2_i = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

cols = [("diện tích gieo trồng", "ha"), ("diện tích thiếu nước", "ha"), ("diện tích thiệt hại trên 70%", "ha"),
        ("tỷ lệ thiếu nước", "%")]
rows = [("Tuy Phong", ["4.250", "612", "85", "14,4"]),
        ("Bắc Bình", ["11.830", "1.047", "163", "8,9"]),
        ("Hàm Thuận Bắc", ["15.420", "938", "0", "6,1"]),
        ("Cộng", ["31.500", "2.597", "248", "8,2"])]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


figs = [
    F("tổng dung tích 20 hồ", "20", 20, "count", "hồ chứa", "hồ chứa thủy lợi trên địa bàn tỉnh", period=asof),
    F("đạt 98,7 triệu m3", "98,7", 98700000, "measure", "m3", "tổng dung tích hồ chứa thủy lợi", percent=38.2, period=asof),
    F("Thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", optional=True),
]
for place, cells in rows:
    for i, (c, (subj, unit)) in enumerate(zip(cells, cols)):
        left = f"{place} | " if i == 0 else f"{cells[i-1]} | "
        right = " |" if i < 3 else "\n"
        anchor = (f"{place} | " + " | ".join(cells[:i + 1])) + right
        kind = "percent" if unit == "%" else "measure"
        loc = None if place == "Cộng" else place
        s = subj + (" cộng" if place == "Cộng" else "")
        figs.append(F(anchor, c, num(c), kind, unit, s, period=h1_i, location=loc))

figs += [
    F("là 26,75 tỷ đồng", "26,75", 26750000000, "money", "đồng", "tổng kinh phí phòng, chống hạn", percent=53.5, period=h1),
    F("nạo vét 86,4 km", "86,4", 86.4, "measure", "km", "kênh mương được nạo vét", period=h1),
    F("sửa chữa 14 trạm bơm", "14", 14, "count", "trạm bơm", "trạm bơm được sửa chữa", period=h1),
    F("hỗ trợ 2.150 hộ", "2.150", 2150, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt bằng xe bồn", period=h1),
    F("thêm 60 km", "60", 60, "measure", "km", "kênh mương nạo vét thêm", status="target", period=h2_i),
    F("chuyển đổi 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích lúa thiếu nước chuyển đổi sang cây trồng cạn",
      status="target", period=h2_i),
    F("trên 95% số hộ", "95", 95, "percent", "%", "số hộ vùng khô hạn được cấp nước ổn định", approx="over",
      status="target", period=h2_i),
]

comments = """
Formal report with letterhead (Sở NN&PTNT Bình Thuận, "Số: 178/BC-SNN"); "Bình Thuận, ngày 05 tháng 7 năm 2024" is its date.
Flattened "|" table with "Đơn vị tính: ha" and a "(%)" column; every numeric cell is a figure (the zero included); subject = column label
(+ "cộng" for the Cộng row); district rows take the district as location, the Cộng row the province; period "6 tháng đầu năm 2024" from the
table title (inherited). No total for table cells. The column label "Thiệt hại trên 70%" is a threshold (optional).
"(bằng 38,2% dung tích thiết kế)" is the percent of 98,7 triệu m3; "đạt 53,5% kế hoạch năm" the percent of 26,75 tỷ đồng.
Section III heading "NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024" gives the targets their period (inherited); "Phấn đấu" governs all three clauses.
Distractors: document number, section numbers I./II./III., "Bảng 1", "Lưu: VT, TL", signer.
"""

build("p429-5", text, comments, figs, published="2024-07-05", location="Bình Thuận")
