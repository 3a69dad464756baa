from lib import F, P, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TIỀN GIANG
Chi cục Trồng trọt và Bảo vệ thực vật

Kết quả cấp, quản lý mã số vùng trồng 6 tháng đầu năm 2024
Ngày đăng: 05/07/2024 | Lượt xem: 1.104

Trong 6 tháng đầu năm 2024, Chi cục Trồng trọt và Bảo vệ thực vật đã thẩm định, cấp mới 27 mã số vùng trồng. Tính đến ngày 30/6/2024, toàn tỉnh có 258 mã số vùng trồng với diện tích 9.436,8 ha và 5.912 hộ tham gia; trong đó 196 mã phục vụ xuất khẩu, chiếm 76%. Diện tích cây ăn quả toàn tỉnh hiện khoảng 84.500 ha. Kết quả theo loại cây trồng như sau:

Cây trồng | Số mã (mã) | Diện tích (ha) | Số hộ (hộ)
Sầu riêng | 142 | 5.318,4 | 3.205
Thanh long | 38 | 1.207,0 | 846
Xoài | 41 | 1.562,3 | 1.027
Vú sữa | 19 | 604,5 | 512
Cây khác | 18 | 744,6 | 322
Tổng cộng | 258 | 9.436,8 | 5.912

Bên cạnh đó, toàn tỉnh có 64 cơ sở đóng gói được cấp mã số, trong đó 52 cơ sở đóng gói sầu riêng. Qua kiểm tra giám sát định kỳ 134 mã số vùng trồng, Chi cục phát hiện 11 mã không đáp ứng yêu cầu về ghi chép nhật ký canh tác, sử dụng thuốc bảo vệ thực vật ngoài danh mục; đã đề nghị Cục Bảo vệ thực vật thu hồi 6 mã, chiếm 4,5% số mã được kiểm tra.

Trong quý II/2024, không có lô trái cây xuất khẩu nào của tỉnh bị trả về; tuy nhiên có 2 lô sầu riêng bị phía Trung Quốc cảnh báo do phát hiện vàng O, giảm 5 lô so với quý I/2024.

Theo Kế hoạch số 86/KH-SNN, năm 2024 tỉnh phấn đấu cấp mới từ 50 đến 60 mã số vùng trồng, nâng tỷ lệ diện tích cây ăn quả có mã số đạt 12%.

Mọi chi tiết liên hệ: Phòng Trồng trọt, điện thoại 0273.3872.045.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
AS_I = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
H1_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Sầu riêng", "142", "5.318,4", "3.205"), ("Thanh long", "38", "1.207,0", "846"),
        ("Xoài", "41", "1.562,3", "1.027"), ("Vú sữa", "19", "604,5", "512"),
        ("Cây khác", "18", "744,6", "322"), ("Tổng cộng", "258", "9.436,8", "5.912")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("cấp mới 27 mã", "27", 27, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", period=H1),
    F("tỉnh có 258 mã", "258", 258, "count", "mã số vùng trồng", "mã số vùng trồng", period=AS),
    F("diện tích 9.436,8 ha", "9.436,8", 9436.8, "measure", "ha", "diện tích mã số vùng trồng", period=AS),
    F("và 5.912 hộ", "5.912", 5912, "count", "hộ", "hộ tham gia mã số vùng trồng", period=AS),
    F("196 mã", "196", 196, "count", "mã", "mã số vùng trồng phục vụ xuất khẩu", total=258, percent=76, period=AS),
    F("khoảng 84.500 ha", "84.500", 84500, "measure", "ha", "diện tích cây ăn quả toàn tỉnh", approx="about"),
]
for label, a, b, c in ROWS:
    lab = label.lower() if label != "Tổng cộng" else "tổng cộng"
    FIGS.append(F(f"{label} | {a} |", a, int(num(a)), "count", "mã", f"Số mã số vùng trồng {lab}", period=AS_I))
    FIGS.append(F(f"| {a} | {b} |", b, num(b), "measure", "ha", f"Diện tích {lab}", period=AS_I))
    FIGS.append(F(f"| {b} | {c}\n", c, int(num(c)), "count", "hộ", f"Số hộ {lab}", period=AS_I))

FIGS += [
    F("có 64 cơ sở", "64", 64, "count", "cơ sở đóng gói", "cơ sở đóng gói được cấp mã số", period=AS_I),
    F("trong đó 52 cơ sở", "52", 52, "count", "cơ sở đóng gói", "cơ sở đóng gói sầu riêng", total=64, period=AS_I),
    F("định kỳ 134 mã", "134", 134, "count", "mã số vùng trồng", "mã số vùng trồng được kiểm tra giám sát", period=H1_I),
    F("phát hiện 11 mã", "11", 11, "count", "mã", "mã không đáp ứng yêu cầu", period=H1_I),
    F("thu hồi 6 mã", "6", 6, "count", "mã", "mã đề nghị thu hồi", percent=4.5, period=H1_I),
    F("có 2 lô", "2", 2, "count", "lô", "lô sầu riêng bị phía Trung Quốc cảnh báo",
      change={"direction": "decrease", "value": 5, "unit": "lô", "baseline": "quý I/2024"}, period=Q2),
    F("từ 50 đến 60 mã", "50", 50, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", value_max=60,
      status="target", period=Y24),
    F("đạt 12%", "12", 12, "percent", "%", "tỷ lệ diện tích cây ăn quả có mã số", status="target", period=Y24),
]

COMMENTS = [
    "Department site (Chi cục TT&BVTV, Sở NN&PTNT Tiền Giang): codes by crop, first half of 2024. 'Ngày đăng: 05/07/2024 | Lượt xem: 1.104'.",
    "Flattened '|' table, units from the column headers '(mã)', '(ha)', '(hộ)'; every numeric cell is a figure; subject = column + row label;",
    "period inherited from 'Tính đến ngày 30/6/2024' (cumulative stock, stated above the table). No totals for table cells (as p205-7).",
    "'196 mã …, chiếm 76%' after 'trong đó': total 258, percent 76. '52 cơ sở' after 'trong đó': total 64.",
    "'phát hiện 11 mã' after 'kiểm tra 134 mã' and 'thu hồi 6 mã, chiếm 4,5% số mã được kiểm tra': no part-of cue, no total; 4,5 is 6's percent.",
    "'không có lô … nào' is no number. 'giảm 5 lô so với quý I/2024' is the change of '2 lô'. 'từ 50 đến 60' range, target (phấn đấu).",
    "Distractors: 'Kế hoạch số 86/KH-SNN', view counter 1.104, phone 0273.3872.045, dates 05/07/2024, 30/6/2024, 'quý I/2024' as baseline.",
]

if __name__ == "__main__":
    build(2, TEXT, COMMENTS, FIGS, published="2024-07-05", location="Tiền Giang")
