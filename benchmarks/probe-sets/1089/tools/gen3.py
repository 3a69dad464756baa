"""p1089-3: formal report (UBND tỉnh Đồng Tháp), 9-month mechanisation report with a flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện cơ giới hóa sản xuất nông nghiệp 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Trang bị máy móc
Trong 9 tháng đầu năm 2024, tổng giá trị máy móc, thiết bị nông nghiệp đầu tư mới đạt 412,5 tỷ đồng, tăng 18,4% so với cùng kỳ; trong đó vốn vay ưu đãi theo Nghị định số 55/2015/NĐ-CP là 186 tỷ đồng. Số lượng máy móc chủ yếu tính đến ngày 30/9/2024 như sau:
Đơn vị tính: chiếc
Huyện, thành phố | Máy kéo | Máy gặt đập liên hợp | Thiết bị bay không người lái
Tháp Mười | 1.125 | 418 | 86
Tam Nông | 964 | 352 | 64
Thanh Bình | 812 | 297 | 41
Cao Lãnh | 1.046 | 385 | 72
Các địa phương khác | 2.318 | 706 | 95
Toàn tỉnh | 6.265 | 2.158 | 358
2. Mức độ cơ giới hóa
Trong 9 tháng, mức độ cơ giới hóa khâu làm đất đạt 100%, gieo sạ 85%, phun thuốc bảo vệ thực vật 78%, thu hoạch 98,5% và sấy 72%. Toàn tỉnh có 326 lò sấy với tổng công suất 9.780 tấn/ngày, đáp ứng khoảng 65% sản lượng lúa thu hoạch trong mùa mưa. Có 42 hợp tác xã cung cấp dịch vụ cơ giới hóa đồng bộ, chiếm 31,8% tổng số hợp tác xã nông nghiệp.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến trong quý IV/2024, nông dân đầu tư thêm 60 thiết bị bay không người lái và 120 máy gặt đập liên hợp; phấn đấu cả năm 2024 mức độ cơ giới hóa khâu sấy đạt 75%.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9b = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
AT = P("tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

COLS = [("Máy kéo", "máy kéo"), ("Máy gặt đập liên hợp", "máy gặt đập liên hợp"),
        ("Thiết bị bay không người lái", "thiết bị bay không người lái")]
# (row label, location, subject suffix, cells as written, anchors)
ROWS = [
    ("Tháp Mười", "Tháp Mười", "", ["1.125", "418", "86"],
     ["Tháp Mười | 1.125", "1.125 | 418", "418 | 86"]),
    ("Tam Nông", "Tam Nông", "", ["964", "352", "64"],
     ["Tam Nông | 964", "964 | 352", "352 | 64"]),
    ("Thanh Bình", "Thanh Bình", "", ["812", "297", "41"],
     ["Thanh Bình | 812", "812 | 297", "297 | 41"]),
    ("Cao Lãnh", "Cao Lãnh", "", ["1.046", "385", "72"],
     ["Cao Lãnh | 1.046", "1.046 | 385", "385 | 72"]),
    ("Các địa phương khác", "Đồng Tháp", " các địa phương khác", ["2.318", "706", "95"],
     ["khác | 2.318", "2.318 | 706", "706 | 95"]),
    ("Toàn tỉnh", "Đồng Tháp", " toàn tỉnh", ["6.265", "2.158", "358"],
     ["Toàn tỉnh | 6.265", "6.265 | 2.158", "2.158 | 358"]),
]


def val(s):
    return float(s.replace(".", ""))


FIGS = [
    F("đạt 412,5 tỷ", "412,5", 412.5e9, "money", "đồng", "tổng giá trị máy móc, thiết bị nông nghiệp đầu tư mới",
      change=C("increase", 18.4, "%", "cùng kỳ"), period=M9),
    F("là 186 tỷ", "186", 186e9, "money", "đồng", "vốn vay ưu đãi đầu tư máy móc, thiết bị nông nghiệp",
      total=412.5e9, period=M9),
]
for label, loc, suffix, cells, anchors in ROWS:
    for (col, unit_word), cell, anchor in zip(COLS, cells, anchors):
        FIGS.append(F(anchor, cell, val(cell), "count", "chiếc", unit_word + suffix, period=AT, location=loc))

FIGS += [
    F("làm đất đạt 100%", "100", 100, "percent", "%", "mức độ cơ giới hóa khâu làm đất", period=M9b),
    F("gieo sạ 85%", "85", 85, "percent", "%", "mức độ cơ giới hóa khâu gieo sạ", period=M9b),
    F("thực vật 78%", "78", 78, "percent", "%", "mức độ cơ giới hóa khâu phun thuốc bảo vệ thực vật", period=M9b),
    F("thu hoạch 98,5%", "98,5", 98.5, "percent", "%", "mức độ cơ giới hóa khâu thu hoạch", period=M9b),
    F("sấy 72%", "72", 72, "percent", "%", "mức độ cơ giới hóa khâu sấy", period=M9b),
    F("có 326 lò sấy", "326", 326, "count", "lò sấy", "lò sấy"),
    F("công suất 9.780 tấn/ngày", "9.780", 9780, "measure", "tấn/ngày", "tổng công suất lò sấy"),
    F("khoảng 65% sản lượng", "65", 65, "percent", "%", "sản lượng lúa thu hoạch trong mùa mưa được lò sấy đáp ứng",
      approx="about"),
    F("Có 42 hợp tác xã", "42", 42, "count", "hợp tác xã", "hợp tác xã cung cấp dịch vụ cơ giới hóa đồng bộ", percent=31.8),
    F("thêm 60 thiết bị bay", "60", 60, "count", "thiết bị bay không người lái", "thiết bị bay không người lái đầu tư thêm",
      status="forecast", period=Q4),
    F("và 120 máy gặt", "120", 120, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp đầu tư thêm",
      status="forecast", period=Q4),
    F("sấy đạt 75%", "75", 75, "percent", "%", "mức độ cơ giới hóa khâu sấy", status="target", period=Y24),
]

NOTES = [
    "Báo cáo UBND tỉnh Đồng Tháp số 318/BC-UBND ngày 15/10/2024: cơ giới hóa 9 tháng 2024, flattened '|' table of machines by district.",
    "Table: unit from 'Đơn vị tính: chiếc'; subject = column label; a district row label goes to location; 'Các địa phương khác' and 'Toàn tỉnh'",
    "rows are located in Đồng Tháp (the label stays in the subject). Period 'tính đến ngày 30/9/2024' stands in the sentence before the table: inherited.",
    "Table cells get no totals (the 'Toàn tỉnh' row is its own figure). '186 tỷ' after 'trong đó' has total 412,5 tỷ.",
    "'Trong 9 tháng' takes 2024 from the heading/first sentence. 'Dự kiến' → forecast (both objects); 'phấn đấu cả năm 2024 ... 75%' → target.",
    "Distractors: Số: 318/BC-UBND, Nghị định số 55/2015/NĐ-CP, heading 'QUÝ IV/2024', section numbers I., II., 1., 2.",
]

if __name__ == "__main__":
    write("p1089-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Đồng Tháp")
