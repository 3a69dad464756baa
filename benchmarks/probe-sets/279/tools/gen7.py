from lib import F, P, C, T, write

A = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 12 tháng 8 năm 2024

BÁO CÁO
Kết quả tiêu thụ vải và công tác thu mua, bảo quản, vận chuyển vụ vải năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản lượng và tiêu thụ
Vụ vải năm 2024, toàn tỉnh có 9.120 ha vải, sản lượng đạt 61.400 tấn, tăng 8,3% so với năm 2023. Đến nay đã tiêu thụ hết 100% sản lượng, trong đó xuất khẩu 12.860 tấn (chiếm 20,9%), tiêu thụ nội địa 48.540 tấn. Tổng doanh thu từ vải ước đạt 1,24 nghìn tỷ đồng, bình quân 136 triệu đồng/ha.

Bảng 1. Kết quả tiêu thụ vải theo địa phương
Đơn vị tính: tấn
Địa phương | Sản lượng | Xuất khẩu | Nội địa | Tỷ lệ xuất khẩu (%)
Huyện Thanh Hà | 32.150 | 8.420 | 23.730 | 26,2
Thành phố Chí Linh | 17.600 | 2.950 | 14.650 | 16,8
Thị xã Kinh Môn | 7.380 | 1.120 | 6.260 | 15,2
Các huyện khác | 4.270 | 370 | 3.900 | 8,7
Cộng | 61.400 | 12.860 | 48.540 | 20,9

2. Thu mua, bảo quản, vận chuyển
Toàn tỉnh bố trí 265 điểm thu mua, 41 cơ sở sơ chế, đóng gói; 6 kho lạnh với tổng công suất 1.850 tấn được đưa vào phục vụ vụ vải, tăng 2 kho so với năm trước. Trong thời gian cao điểm (từ ngày 10/6 đến 05/7), bình quân mỗi ngày có trên 180 lượt xe tải, xe container vận chuyển vải đi tiêu thụ.

II. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến năm 2025 có 70% diện tích vải được cấp mã số vùng trồng; xây dựng thêm 3 kho lạnh quy mô từ 500 tấn trở lên tại các vùng trồng vải tập trung.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = P("Vụ vải năm 2024", "2024-01-01", "2024-12-31")
YI = P("Vụ vải năm 2024", "2024-01-01", "2024-12-31", inh=True)
DN = P("Đến nay", None, "2024-08-12")

FIGS = [
    F("có 9.120 ha", "9.120", 9120, "measure", "ha", "diện tích vải", period=Y),
    F("đạt 61.400 tấn", "61.400", 61400, "measure", "tấn", "sản lượng vải",
      change=C("increase", 8.3, "%", "năm 2023"), period=Y),
    F("hết 100% sản lượng", "100", 100, "percent", "%", "sản lượng vải đã tiêu thụ", period=DN),
    F("xuất khẩu 12.860 tấn", "12.860", 12860, "measure", "tấn", "vải xuất khẩu", total=61400, percent=20.9,
      period=DN),
    F("nội địa 48.540 tấn", "48.540", 48540, "measure", "tấn", "vải tiêu thụ nội địa", total=61400, period=DN),
    F("1,24 nghìn tỷ đồng", "1,24", 1240000000000, "money", "đồng", "tổng doanh thu từ vải", status="estimate",
      period=YI),
    F("bình quân 136 triệu đồng/ha", "136", 136000000, "money", "đồng/ha", "doanh thu từ vải bình quân",
      status="estimate", period=YI),
]

rows = [
    ("Huyện Thanh Hà", "Thanh Hà", ["32.150", "8.420", "23.730", "26,2"]),
    ("Thành phố Chí Linh", "Chí Linh", ["17.600", "2.950", "14.650", "16,8"]),
    ("Thị xã Kinh Môn", "Kinh Môn", ["7.380", "1.120", "6.260", "15,2"]),
    ("Các huyện khác", None, ["4.270", "370", "3.900", "8,7"]),
    ("Cộng", None, ["61.400", "12.860", "48.540", "20,9"]),
]
cols = [("sản lượng vải", "measure", "tấn"), ("vải xuất khẩu", "measure", "tấn"),
        ("vải tiêu thụ nội địa", "measure", "tấn"), ("tỷ lệ xuất khẩu vải", "percent", "%")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, loc, cells in rows:
    for j, (cell, (subj, kind, unit)) in enumerate(zip(cells, cols)):
        if j == 0:
            anchor = f"{label} | {cell}"
        else:
            anchor = f"{cells[j-1]} | {cell}"
            if j == 1 or label in ("Cộng",):
                anchor = f"{label} | {' | '.join(cells[:j+1])}"
        s = subj
        if label == "Các huyện khác":
            s = subj + " các huyện khác"
        elif label == "Cộng":
            s = "tổng " + subj if kind != "percent" else subj + " toàn tỉnh"
        kw = {"period": YI}
        if loc:
            kw["location"] = loc
        FIGS.append(F(anchor, cell, num(cell), kind, unit, s, **kw))

FIGS += [
    F("bố trí 265 điểm", "265", 265, "count", "điểm thu mua", "điểm thu mua", period=YI),
    F("41 cơ sở", "41", 41, "count", "cơ sở sơ chế, đóng gói", "cơ sở sơ chế, đóng gói", period=YI),
    F("; 6 kho lạnh", "6", 6, "count", "kho lạnh", "kho lạnh phục vụ vụ vải",
      change=C("increase", 2, "kho", "năm trước"), period=YI),
    F("công suất 1.850 tấn", "1.850", 1850, "measure", "tấn", "tổng công suất kho lạnh", period=YI),
    F("trên 180 lượt xe", "180", 180, "count", "lượt xe", "xe tải, xe container vận chuyển vải bình quân mỗi ngày",
      approx="over", period=P("từ ngày 10/6 đến 05/7", "2024-06-10", "2024-07-05")),
    F("có 70% diện tích", "70", 70, "percent", "%", "diện tích vải được cấp mã số vùng trồng", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("thêm 3 kho lạnh", "3", 3, "count", "kho lạnh", "kho lạnh xây dựng thêm", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("từ 500 tấn trở lên", "500", 500, "measure", "tấn", "quy mô kho lạnh", approx="at_least", status="target",
      optional=True),
]

HEADER = """
Probe 279-7. Formal report of UBND tỉnh Hải Dương (letterhead 'Số: 186/BC-UBND', place-and-date line 12/8/2024): lychee season 2024,
flattened '|' table by district (Đơn vị tính: tấn; last column in %), collection points, cold stores, trucks, targets.
Distractors: 'Số: 186/BC-UBND', section numbers 'I.', 'II.', '1.', '2.', 'Bảng 1', 'Lưu: VT, KTN', dates 10/6, 05/7.
Table: every numeric cell is a figure; district rows give the location (Thanh Hà, Chí Linh, Kinh Môn); 'Các huyện khác' and
'Cộng' keep the province; subject = column label (+ row label when it is not a place); the '(%)' column overrides 'Đơn vị tính';
period 'Vụ vải năm 2024' from the text above (inherited); no totals for table cells.
Text: 'Đến nay' is an as-of period ending at the report date (as in probe 205). 'trong đó' parts of 61.400 tấn (sentence break before 'Đến nay ... 100%': the whole counting the same thing is 61.400 tấn).
'tăng 2 kho so với năm trước' belongs to '6 kho lạnh' (unit kho) across the capacity clause.
'Phấn đấu' governs both clauses of section II; the size threshold 'từ 500 tấn trở lên' is optional (a criterion).
"""

if __name__ == "__main__":
    write("p279-7", A, FIGS, HEADER, published="2024-08-12", location="Hải Dương")
