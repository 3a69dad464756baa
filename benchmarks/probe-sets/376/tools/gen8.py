from lib import F, P, Y, build

rows = [("Thành phố Quảng Ngãi", "Quảng Ngãi", "1.204", "1.388", "15,3"),
        ("Thị xã Đức Phổ", "Đức Phổ", "986", "1.102", "11,8"),
        ("Huyện Bình Sơn", "Bình Sơn", "1.115", "1.047", "-6,1"),
        ("Huyện Sơn Tịnh", "Sơn Tịnh", "642", "731", "13,9"),
        ("Huyện Ba Tơ", "Ba Tơ", "318", "402", "26,4")]

table = "\n\n".join(["Địa phương", "Năm 2023", "Năm 2024", "Tăng, giảm (%)"] +
                    ["\n\n".join(r[:1] + r[2:]) for r in rows])

TEXT = f"""
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG QUẢNG NGÃI

Kết quả cấp giấy chứng nhận quyền sử dụng đất năm 2024

Ngày cập nhật: 03/04/2025

Năm 2024, toàn tỉnh Quảng Ngãi cấp 9.735 giấy chứng nhận quyền sử dụng đất lần đầu, tăng 11,2% so với năm 2023, và giải quyết 58.420 hồ sơ đăng ký biến động. Kết quả cấp giấy lần đầu tại một số địa phương như sau:

Số giấy chứng nhận cấp lần đầu
Đơn vị tính: giấy chứng nhận

{table}

Ở chiều ngược lại, huyện Minh Long và huyện Sơn Tây chỉ cấp lần lượt 86 và 54 giấy chứng nhận lần đầu, chủ yếu do đất chưa được đo đạc. Tính đến ngày 31/12/2024, toàn tỉnh còn trên 3.200 hồ sơ đề nghị cấp giấy lần đầu chưa giải quyết, trong đó gần 1.100 hồ sơ thuộc các huyện miền núi. Tỷ lệ hồ sơ cấp giấy lần đầu giải quyết đúng hạn trong năm đạt 95,4%, cao hơn 2,1 điểm phần trăm so với năm 2023.

Năm 2025, tỉnh đặt chỉ tiêu cấp 11.000 giấy chứng nhận lần đầu, đo đạc chỉnh lý bản đồ địa chính khoảng 4.500 ha tại 12 xã. Sở đề nghị các địa phương phản ánh vướng mắc qua đường dây nóng 0255.3822.614.

Lượt xem: 412
"""

Y23 = Y(2023, "Năm 2023")
Y24 = Y(2024, "Năm 2024")
FIGS = [
    F("cấp 9.735 giấy", "9.735", 9735, "count", "giấy chứng nhận", "giấy chứng nhận quyền sử dụng đất lần đầu",
      change={"direction": "increase", "value": 11.2, "unit": "%", "baseline": "năm 2023"}, period=Y24),
    F("giải quyết 58.420 hồ sơ", "58.420", 58420, "count", "hồ sơ", "hồ sơ đăng ký biến động giải quyết",
      period=Y24),
]
for label, loc, a, b, g in rows:
    FIGS.append(F(f"{label}\n\n{a}", a, float(a.replace('.', '').replace(',', '.')), "count", "giấy chứng nhận",
                  "số giấy chứng nhận cấp lần đầu năm 2023", location=loc, period=Y23))
    FIGS.append(F(f"{a}\n\n{b}", b, float(b.replace('.', '').replace(',', '.')), "count", "giấy chứng nhận",
                  "số giấy chứng nhận cấp lần đầu năm 2024", location=loc, period=Y24))
    FIGS.append(F(f"{b}\n\n{g}", g, float(g.replace('.', '').replace(',', '.')), "percent", "%",
                  "tăng, giảm số giấy chứng nhận cấp lần đầu", location=loc, period=Y(2024, inh=True)))
FIGS += [
    F("lần lượt 86 và", "86", 86, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp",
      location="Minh Long", period=Y(2024, inh=True)),
    F("86 và 54 giấy", "54", 54, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp",
      location="Sơn Tây", period=Y(2024, inh=True)),
    F("trên 3.200 hồ sơ", "3.200", 3200, "count", "hồ sơ", "hồ sơ đề nghị cấp giấy lần đầu chưa giải quyết",
      approx="over", period=P("Tính đến ngày 31/12/2024", None, "2024-12-31")),
    F("gần 1.100 hồ sơ", "1.100", 1100, "count", "hồ sơ", "hồ sơ thuộc các huyện miền núi", approx="nearly",
      total=3200, period=P("Tính đến ngày 31/12/2024", None, "2024-12-31")),
    F("đạt 95,4%", "95,4", 95.4, "percent", "%", "tỷ lệ hồ sơ cấp giấy lần đầu giải quyết đúng hạn",
      change={"direction": "increase", "value": 2.1, "unit": "điểm phần trăm", "baseline": "năm 2023"},
      period=P("trong năm", "2024-01-01", "2024-12-31")),
    F("chỉ tiêu cấp 11.000 giấy", "11.000", 11000, "count", "giấy chứng nhận", "chỉ tiêu cấp giấy chứng nhận lần đầu",
      status="target", period=Y(2025, "Năm 2025")),
    F("khoảng 4.500 ha", "4.500", 4500, "measure", "ha", "đo đạc chỉnh lý bản đồ địa chính", approx="about",
      status="target", period=Y(2025, "Năm 2025")),
    F("tại 12 xã", "12", 12, "count", "xã", "xã đo đạc chỉnh lý bản đồ địa chính", status="target",
      period=Y(2025, "Năm 2025")),
]

build("p376-8", TEXT, FIGS, [
    "Sở TN&MT Quảng Ngãi (department page): first-time certificates 2024 by district. 'Ngày cập nhật:' without time; view counter at the end.",
    "Table written one cell per line (as h23/h24): header Địa phương | Năm 2023 | Năm 2024 | Tăng, giảm (%), with a 'Đơn vị tính' line.",
    "Cells: year columns give the period; the '(%)' column cells are growth rates as the claim (percent, no change object), period inherited.",
    "'-6,1' is a decrease written with a minus: value -6.1. Row labels are places -> location; the city row 'Thành phố Quảng Ngãi' -> Quảng Ngãi.",
    "'lần lượt 86 và 54' pairs with Minh Long and Sơn Tây. 2025 chỉ tiêu sentence: three target figures (the clause continues the cue).",
    "'gần 1.100 hồ sơ' after 'trong đó' is part of 'trên 3.200'. 'trong năm' = 2024 (nearest earlier date 31/12/2024); 'cao hơn 2,1 điểm phần trăm' is the rate's change.",
    "Distractors: dateline, hotline 0255.3822.614, 'Lượt xem: 412'.",
], published="2025-04-03", location="Quảng Ngãi")
