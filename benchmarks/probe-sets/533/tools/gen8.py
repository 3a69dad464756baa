"""p533-8: xã Quảng Lợi (Quảng Xương, Thanh Hóa) commune portal — Ngày Dân số Việt Nam, dân số xã năm 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG LỢI
Huyện Quảng Xương - Tỉnh Thanh Hóa
Tin tức › Dân số - Y tế
Đăng lúc: 22/12/2023 15:07

Quảng Lợi hưởng ứng Ngày Dân số Việt Nam 26/12

Sáng 21/12, UBND xã phối hợp với Trạm Y tế xã tổ chức buổi truyền thông hưởng ứng Ngày Dân số Việt Nam, thu hút hơn 200 người dân tham dự.

Năm 2023, toàn xã có 2.315 hộ với 8.742 nhân khẩu, trong đó có 1.486 cặp vợ chồng trong độ tuổi sinh đẻ. Số trẻ sinh ra là 112 trẻ (58 trẻ nam, 54 trẻ nữ), giảm 9 trẻ so với năm 2022; có 17 trẻ là con thứ 3 trở lên, chiếm 15,2%. Tỷ số giới tính khi sinh của xã là 107,4 bé trai/100 bé gái. Có 104 trẻ sơ sinh được sàng lọc, đạt 92,9% số trẻ sinh ra.

Tỷ lệ cặp vợ chồng sử dụng biện pháp tránh thai hiện đại đạt 71,3%; có 96 người mới sử dụng biện pháp tránh thai, vượt 6,7% kế hoạch huyện giao. Có 45/52 cặp nam, nữ chuẩn bị kết hôn được tư vấn, khám sức khỏe tiền hôn nhân, đạt 86,5%.

Mạng lưới dân số của xã gồm 14 cộng tác viên phụ trách 14 thôn, mỗi người được hỗ trợ 150.000 đồng/tháng.

Năm 2024, xã phấn đấu giảm tỷ lệ sinh con thứ 3 trở lên xuống dưới 13%, tỷ số giới tính khi sinh dưới 110 bé trai/100 bé gái.

UBND xã Quảng Lợi
Địa chỉ: Thôn 5, xã Quảng Lợi, huyện Quảng Xương
Điện thoại: 0237.3686.118
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SRB = "bé trai/100 bé gái"

FIGS = [
    fig("hơn 200 người", "200", 200, "count", "người", "người dân tham dự buổi truyền thông", approx="over"),
    fig("có 2.315 hộ", "2.315", 2315, "count", "hộ", "hộ", Y23),
    fig("với 8.742 nhân khẩu", "8.742", 8742, "count", "nhân khẩu", "nhân khẩu", Y23),
    fig("có 1.486 cặp", "1.486", 1486, "count", "cặp vợ chồng", "cặp vợ chồng trong độ tuổi sinh đẻ", Y23),
    fig("là 112 trẻ", "112", 112, "count", "trẻ", "trẻ sinh ra", inh(Y23),
        change=chg("decrease", 9, "trẻ", "năm 2022")),
    fig("(58 trẻ nam", "58", 58, "count", "trẻ nam", "trẻ sinh ra là nam", inh(Y23), total=112),
    fig("54 trẻ nữ", "54", 54, "count", "trẻ nữ", "trẻ sinh ra là nữ", inh(Y23), total=112),
    fig("có 17 trẻ", "17", 17, "count", "trẻ", "trẻ là con thứ 3 trở lên", inh(Y23), percent=15.2),
    fig("là 107,4 bé trai", "107,4", 107.4, "measure", SRB, "tỷ số giới tính khi sinh", inh(Y23)),
    fig("Có 104 trẻ", "104", 104, "count", "trẻ sơ sinh", "trẻ sơ sinh được sàng lọc", inh(Y23), percent=92.9),
    fig("đạt 71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ cặp vợ chồng sử dụng biện pháp tránh thai hiện đại",
        inh(Y23)),
    fig("có 96 người", "96", 96, "count", "người", "người mới sử dụng biện pháp tránh thai", inh(Y23),
        change=chg("increase", 6.7, "%", "kế hoạch huyện giao")),
    fig("Có 45/52 cặp", "45", 45, "count", "cặp", "cặp nam, nữ chuẩn bị kết hôn được tư vấn, khám sức khỏe tiền hôn nhân",
        inh(Y23), total=52, percent=86.5),
    fig("gồm 14 cộng tác viên", "14", 14, "count", "cộng tác viên", "cộng tác viên dân số"),
    fig("phụ trách 14 thôn", "14", 14, "count", "thôn", "thôn do cộng tác viên dân số phụ trách"),
    fig("trợ 150.000 đồng/tháng", "150.000", 150000, "money", "đồng/tháng", "mức hỗ trợ cộng tác viên dân số"),
    fig("dưới 13%", "13", 13, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", Y24, approx="under", status="target"),
    fig("dưới 110 bé trai", "110", 110, "measure", SRB, "tỷ số giới tính khi sinh", Y24,
        approx="under", status="target"),
]

COMMENTS = [
    "Commune portal, xã Quảng Lợi (huyện Quảng Xương, Thanh Hóa): Ngày Dân số Việt Nam 26/12, dân số và KHHGĐ của xã năm 2023 (invented).",
    "Distractors: 'Ngày Dân số Việt Nam 26/12', 'Sáng 21/12', 'con thứ 3' (ordinal, twice), 'Thôn 5', phone 0237.3686.118, '100 bé gái'.",
    "Location: the district 'Quảng Xương' (FIGURES.md gives location as province, city or district; the commune is below that).",
    "revised after the first run: default location 'Quảng Lợi' (commune) -> 'Quảng Xương' (district), per the spec's levels.",
    "'trong đó có 1.486 cặp vợ chồng' follows 8.742 nhân khẩu but does not count the same thing: no total.",
    "'112 trẻ (58 trẻ nam, 54 trẻ nữ)' is a bracketed breakdown that adds up: total 112. '17 trẻ ..., chiếm 15,2%': percent, no cue for a total.",
    "'vượt 6,7% kế hoạch huyện giao' is a gap to plan: change with that baseline. '45/52 cặp ..., đạt 86,5%': total 52, percent 86,5.",
    "'giảm ... xuống dưới 13%' is a target level (percent 13, under), not a change. 14 cộng tác viên / 14 thôn: two counts.",
]

if __name__ == "__main__":
    emit("p533-8", TEXT, COMMENTS, FIGS, published="2023-12-22", location="Quảng Xương")
