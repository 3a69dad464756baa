from lib import F, P, C, T, inh, emit

TEXT = """UBND TỈNH QUẢNG BÌNH
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 1862/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả chi trả trợ cấp ưu đãi người có công với cách mạng quý III năm 2024

I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện đang quản lý 19.764 hồ sơ người có công và thân nhân hưởng trợ cấp hằng tháng. Thực hiện Nghị định số 77/2024/NĐ-CP, từ ngày 01/7/2024 mức chuẩn trợ cấp ưu đãi người có công tăng từ 2.055.000 đồng lên 2.789.000 đồng, tăng 35,7%.

II. KẾT QUẢ CHI TRẢ QUÝ III/2024
Tổng kinh phí chi trả trợ cấp hằng tháng quý III/2024 là 142,36 tỷ đồng, bằng 131,4% so với quý II/2024. Kết quả theo từng nhóm đối tượng:

Đơn vị tính: người; triệu đồng
Nhóm đối tượng | Số người hưởng | Kinh phí quý III | Qua tài khoản (%)
Thương binh, người hưởng chính sách như thương binh | 6.215 | 48.520 | 27,5
Bệnh binh | 1.382 | 9.870 | 21,3
Thân nhân liệt sĩ | 4.906 | 38.115 | 18,6
Người hoạt động kháng chiến bị nhiễm chất độc hóa học | 3.047 | 27.640 | 15,2
Người có công giúp đỡ cách mạng và đối tượng khác | 4.214 | 18.215 | 12,8
Cộng | 19.764 | 142.360 | 20,1

Có 8/8 huyện, thị xã, thành phố hoàn thành chi trả trước ngày 10 hằng tháng; trong quý, Bưu điện tỉnh chi trả tại nhà cho 1.146 người có công cao tuổi, già yếu.

III. PHƯƠNG HƯỚNG QUÝ IV/2024
Dự kiến kinh phí chi trả quý IV/2024 khoảng 143 tỷ đồng; phấn đấu tỷ lệ chi trả qua tài khoản đạt tối thiểu 25%.

Nơi nhận:
- Bộ LĐ-TB&XH (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, NCC.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = inh(Q3)
Q3h = P("Kinh phí quý III", "2024-07-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Thương binh, người hưởng chính sách như thương binh", "6.215", "48.520", "27,5"),
    ("Bệnh binh", "1.382", "9.870", "21,3"),
    ("Thân nhân liệt sĩ", "4.906", "38.115", "18,6"),
    ("Người hoạt động kháng chiến bị nhiễm chất độc hóa học", "3.047", "27.640", "15,2"),
    ("Người có công giúp đỡ cách mạng và đối tượng khác", "4.214", "18.215", "12,8"),
    ("Cộng", "19.764", "142.360", "20,1"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("quản lý 19.764 hồ sơ", "19.764", 19764, "count", "hồ sơ",
      "hồ sơ người có công và thân nhân hưởng trợ cấp hằng tháng"),
    F("từ 2.055.000 đồng", "2.055.000", 2055000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi người có công",
      location="Việt Nam"),
    F("lên 2.789.000 đồng", "2.789.000", 2789000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi người có công",
      change=C("increase", 35.7), location="Việt Nam"),
    F("là 142,36 tỷ đồng", "142,36", 142360000000, "money", "đồng",
      "tổng kinh phí chi trả trợ cấp hằng tháng", Q3, percent=131.4),
]
for label, n, money, pct in ROWS:
    row = f"{label} | {n} | {money} | {pct}"
    FIGS.append(F(f"{label} | {n} |", n, num(n), "count", "người", f"Số người hưởng {label}", Q3i))
    FIGS.append(F(f"| {money} |", money, num(money) * 1e6, "money", "đồng", f"Kinh phí quý III {label}", Q3h))
    FIGS.append(F(f"| {money} | {pct}", pct, num(pct), "percent", "%", f"Qua tài khoản {label}", Q3i))
FIGS += [
    F("Có 8/8 huyện", "8", 8, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố hoàn thành chi trả trước ngày 10 hằng tháng", Q3i, total=8),
    F("cho 1.146 người", "1.146", 1146, "count", "người",
      "người có công cao tuổi, già yếu được chi trả tại nhà", P("trong quý", "2024-07-01", "2024-09-30")),
    F("khoảng 143 tỷ đồng", "143", 143e9, "money", "đồng", "kinh phí chi trả", Q4, approx="about",
      status="forecast"),
    F("tối thiểu 25%", "25", 25, "percent", "%", "tỷ lệ chi trả qua tài khoản", Q4, approx="at_least",
      status="target"),
]

emit("p410-3", TEXT, [
    "Formal report with letterhead (Sở LĐ-TB&XH Quảng Bình, 'Số: 1862/BC-SLĐTBXH', place-and-date line 08/10/2024):",
    "trợ cấp ưu đãi người có công quý III/2024, with a flattened '|' table (Đơn vị tính: người; triệu đồng; a '(%)' column).",
    "Distractors: 'Số: 1862/BC-SLĐTBXH', 'Nghị định số 77/2024/NĐ-CP', 'ngày 01/7/2024', section numbers I./II./III., 'trước ngày 10',",
    "'Lưu: VT, NCC'. The national mức chuẩn (2.055.000 → 2.789.000, 'tăng 35,7%' is the new level's change) is located in Việt Nam.",
    "Table: every numeric cell is a figure (the 'Cộng' row too), subject = column + row label; 'Kinh phí quý III' cells are",
    "triệu đồng (×10^6) with the column header's period; the other columns inherit quý III/2024 from the section heading.",
    "'bằng 131,4% so với quý II/2024' is the 142,36 tỷ's percent. '8/8' gives total 8. 'trong quý' in a quarterly report = quý III.",
    "Plan section: 'Dự kiến … khoảng 143 tỷ' is forecast; 'phấn đấu … tối thiểu 25%' target, same sentence as 'quý IV/2024'.",
], FIGS, published="2024-10-08", location="Quảng Bình")
