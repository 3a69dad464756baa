"""p501-7: department site (Sở LĐ-TB&XH Nghệ An), no dateline, one-cell-per-line table with 'Đơn vị tính: triệu đồng'."""
from lib import emit, fig, per, inh, chg

HEAD = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả chi trả trợ cấp xã hội hằng tháng 6 tháng đầu năm 2024

Tính đến ngày 30/6/2024, toàn tỉnh có 184.562 đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng, tăng 3,4% so với cùng kỳ; trong đó có 96.318 người cao tuổi và 71.205 người khuyết tật. Bình quân toàn tỉnh có 52,3 đối tượng/1.000 dân. Tỷ lệ chi trả không dùng tiền mặt đạt 27,5%; phấn đấu đến cuối năm 2024 đạt 40%.

Kinh phí chi trả tại một số huyện như sau:

Đơn vị tính: triệu đồng
Đơn vị
6 tháng đầu năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
"""
ROWS = [("Quỳnh Lưu", "Quỳnh Lưu", ["23.418,5", "25.316,4", "51.200"]),
        ("Yên Thành", "Yên Thành", ["21.062,0", "22.480,9", "45.600"]),
        ("Diễn Châu", "Diễn Châu", ["20.775,3", "21.904,7", "44.500"]),
        ("Nghi Lộc", "Nghi Lộc", ["15.230,8", "16.112,6", "32.800"]),
        ("Toàn tỉnh", None, ["402.615,2", "431.587,9", "870.000"])]
TAIL = """
So với cùng kỳ, kinh phí chi trả 6 tháng đầu năm 2024 của toàn tỉnh tăng 7,2% và đạt 49,6% kế hoạch năm.

Sở LĐ-TB&XH đề nghị UBND các huyện, thành phố, thị xã chỉ đạo Phòng LĐ-TB&XH phối hợp với Bưu điện tỉnh rà soát, chi trả kịp thời, đúng đối tượng theo Quyết định số 1824/QĐ-UBND của UBND tỉnh.

Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An
Địa chỉ: số 121 Lê Hồng Phong, TP Vinh, Nghệ An | ĐT: 0238.3844.325
Lượt truy cập: 2.418.307
"""
TEXT = HEAD + "".join(lab + "\n" + "\n".join(c) + "\n" for lab, _, c in ROWS) + TAIL

ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
COLS = [(per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30"), "actual", "6 tháng đầu năm 2023"),
        (per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), "actual", "6 tháng đầu năm 2024"),
        (per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch năm 2024")]

FIGS = [
    fig("có 184.562 đối tượng", "184.562", 184562, "count", "đối tượng",
        change=chg("increase", 3.4, "%", "cùng kỳ"),
        subject="đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng", period=ASOF),
    fig("có 96.318 người", "96.318", 96318, "count", "người", total=184562,
        subject="người cao tuổi hưởng trợ cấp hằng tháng", period=ASOF),
    fig("và 71.205 người", "71.205", 71205, "count", "người", total=184562,
        subject="người khuyết tật hưởng trợ cấp hằng tháng", period=ASOF),
    fig("có 52,3 đối tượng/1.000 dân", "52,3", 52.3, "measure", "đối tượng/1.000 dân",
        subject="đối tượng hưởng trợ cấp bình quân", period=inh(ASOF)),
    fig("đạt 27,5%", "27,5", 27.5, "percent", "%", subject="tỷ lệ chi trả không dùng tiền mặt",
        period=inh(ASOF)),
    fig("đạt 40%", "40", 40, "percent", "%", status="target", subject="tỷ lệ chi trả không dùng tiền mặt",
        period=per("đến cuối năm 2024", None, "2024-12-31")),
]
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS += [
    fig("tăng 7,2%", "7,2", 7.2, "percent", "%",
        subject="kinh phí chi trả 6 tháng đầu năm 2024 tăng so với cùng kỳ", period=H1),
    fig("đạt 49,6% kế hoạch", "49,6", 49.6, "percent", "%",
        subject="kinh phí chi trả 6 tháng đầu năm 2024 so với kế hoạch năm", period=H1),
]
for lab, loc, cells in ROWS:
    prev = lab
    for cell, (p, status, colname) in zip(cells, COLS):
        v = round(float(cell.replace(".", "").replace(",", ".")) * 1e6)
        kw = {"location": loc} if loc else {}
        if status != "actual":
            kw["status"] = status
        FIGS.append(fig(f"{prev}\n{cell}\n", cell, v, "money", "đồng",
                        subject=f"kinh phí chi trả trợ cấp xã hội hằng tháng {colname}", period=p, **kw))
        prev = cell

NOTES = [
    "Sở LĐ-TB&XH Nghệ An (department site), no dateline (published null); footer counter 'Lượt truy cập: 2.418.307' is furniture.",
    "Table flattened one cell per line; 'Đơn vị tính: triệu đồng' makes 23.418,5 = 23.418.500.000 đồng. Periods from the column headers",
    "(scored, as in shared h23); 'Kế hoạch năm 2024' column: status target. District rows: location; 'Toàn tỉnh' row: Nghệ An.",
    "'52,3 đối tượng/1.000 dân': the denominator is part of the unit, not a figure. 96.318 and 71.205 are parts (trong đó) of 184.562.",
    "'tăng 7,2%' and 'đạt 49,6% kế hoạch năm' after the table have no base amount in their sentence: percent figures of their own.",
    "'Quyết định số 1824/QĐ-UBND', 'số 121 Lê Hồng Phong', the phone number are not figures.",
]

if __name__ == "__main__":
    emit("p501-7", TEXT, NOTES, FIGS, published=None, location="Nghệ An")
