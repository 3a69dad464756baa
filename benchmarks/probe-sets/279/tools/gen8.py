from lib import F, P, C, T, write

TABLE = [
    ("Số kho lạnh", "Kho", ["52", "56", "60", "64"], "count", "kho", 1),
    ("Tổng sức chứa", "Nghìn tấn", ["101,2", "110,6", "119,2", "128,5"], "measure", "tấn", 1000),
    ("Sản lượng thủy sản qua kho lạnh", "Nghìn tấn", ["486,3", "512,0", "538,7", "560,0"], "measure", "tấn", 1000),
    ("Tỷ lệ thủy sản được bảo quản lạnh", "%", ["72,4", "74,1", "76,8", "78,5"], "percent", "%", 1),
]
HEAD = ["Năm 2021", "Năm 2022", "Năm 2023", "Ước tính 2024"]

tab = "Chỉ tiêu\nĐơn vị tính\n" + "\n".join(HEAD) + "\n"
for label, unit, cells, *_ in TABLE:
    tab += label + "\n" + unit + "\n" + "\n".join(cells) + "\n"

A = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH CÀ MAU
Thông tin chuyên ngành > Thủy sản

Hạ tầng kho lạnh, bảo quản thủy sản giai đoạn 2021-2024

Hệ thống kho lạnh trên địa bàn tỉnh tiếp tục được đầu tư mở rộng, cơ bản đáp ứng nhu cầu bảo quản tôm, cua và thủy sản chế biến xuất khẩu. Đến ngày 30/9/2024, toàn tỉnh có 64 kho lạnh đang hoạt động, trong đó 49 kho thuộc các doanh nghiệp chế biến thủy sản, 15 kho cho thuê dịch vụ; tổng sức chứa ước đạt 128.500 tấn, tăng 7,8% so với cuối năm 2023.

Một số chỉ tiêu về kho lạnh và logistics thủy sản

""" + tab + """
Theo Sở Nông nghiệp và PTNT, chi phí bảo quản lạnh chiếm khoảng 8-10% giá thành tôm xuất khẩu; nhiều cơ sở thu mua nhỏ lẻ vẫn bảo quản bằng nước đá, tỷ lệ hao hụt tới 12%. Giai đoạn 2025-2030, tỉnh phấn đấu thu hút thêm 10 dự án kho lạnh, trung tâm logistics thủy sản; đến năm 2030 tổng sức chứa kho lạnh đạt 200.000 tấn. Các huyện Năm Căn, Trần Văn Thời, Cái Nước được định hướng phát triển trung tâm thu mua, sơ chế thủy sản gắn với cảng cá. Riêng huyện Năm Căn hiện có 11 vựa thu mua tôm có kho lạnh, công suất mỗi vựa từ 50 đến 200 tấn.

Phòng Thủy sản - ĐT: 0290.3831.274
"""

D30 = P("Đến ngày 30/9/2024", None, "2024-09-30")

FIGS = [
    F("có 64 kho lạnh", "64", 64, "count", "kho lạnh", "kho lạnh đang hoạt động", period=D30),
    F("ước đạt 128.500 tấn", "128.500", 128500, "measure", "tấn", "tổng sức chứa kho lạnh", status="estimate",
      change=C("increase", 7.8, "%", "cuối năm 2023"), period=D30),
    F("trong đó 49 kho", "49", 49, "count", "kho", "kho thuộc các doanh nghiệp chế biến thủy sản", total=64,
      period=D30),
    F(", 15 kho", "15", 15, "count", "kho", "kho cho thuê dịch vụ", total=64, period=D30),
]

YEARS = [("Năm 2021", "2021"), ("Năm 2022", "2022"), ("Năm 2023", "2023"), ("Ước tính 2024", "2024")]
for label, unit, cells, kind, u, mult in TABLE:
    for j, cell in enumerate(cells):
        if j == 0:
            anchor = f"{label}\n{unit}\n{cell}"
        else:
            anchor = f"{cells[j-1]}\n{cell}"
        v = float(cell.replace(",", ".")) * mult
        v = round(v, 6)
        yh, y = YEARS[j]
        kw = {"period": P(yh, f"{y}-01-01", f"{y}-12-31")}
        if j == 3:
            kw["status"] = "estimate"
        FIGS.append(F(anchor, cell, v, kind, u, f"{label} {yh.lower()}", **kw))

FIGS += [
    F("khoảng 8-10%", "8", 8, "percent", "%", "chi phí bảo quản lạnh trong giá thành tôm xuất khẩu",
      approx="about", value_max=10),
    F("tới 12%", "12", 12, "percent", "%", "tỷ lệ hao hụt của cơ sở thu mua bảo quản bằng nước đá"),
    F("thêm 10 dự án", "10", 10, "count", "dự án", "dự án kho lạnh, trung tâm logistics thủy sản thu hút thêm",
      status="target", period=P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
    F("đạt 200.000 tấn", "200.000", 200000, "measure", "tấn", "tổng sức chứa kho lạnh", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("có 11 vựa", "11", 11, "count", "vựa thu mua tôm", "vựa thu mua tôm có kho lạnh", location="Năm Căn"),
    F("từ 50 đến 200 tấn", "50", 50, "measure", "tấn", "công suất mỗi vựa", value_max=200, location="Năm Căn"),
]

HEADER = """
Probe 279-8. Sở NN&PTNT Cà Mau (department site, no dateline at all): cold stores for seafood 2021-2024, one-cell-per-line table
(Chỉ tiêu / Đơn vị tính / Năm 2021 / Năm 2022 / Năm 2023 / Ước tính 2024), costs, 2030 targets.
No date in the text: no 'published'. The table's 'Đơn vị tính' column gives unit and multiplier ('Nghìn tấn': 101,2 -> 101200 tấn);
the 'Ước tính 2024' column gives status estimate and period 2024; years from the column headers (scored, as h24).
'64 kho lạnh ..., trong đó 49 kho ..., 15 kho ...': parts with total 64 (actual); the 'ước' cue of the capacity clause after the
semicolon makes only 128.500 tấn an estimate.
Distractors: 'giai đoạn 2021-2024' in the title, phone 0290.3831.274, 'Năm Căn' (a district whose name holds the number word 'Năm'),
'Trần Văn Thời' (a person's name as a district), 'Đến ngày 30/9/2024'. 'tỷ lệ hao hụt tới 12%': 'tới' is not an approx cue.
"""

if __name__ == "__main__":
    write("p279-8", A, FIGS, HEADER, published=None, location="Cà Mau")
