"""p888-3: formal report, UBND tỉnh Hà Nam, livestock waste treatment 2023, flattened '|' table by district."""
from lib import F, P, I, C, write

ROWS = [("Phủ Lý", "312", "18", "4"), ("Duy Tiên", "1.845", "96", "38"), ("Kim Bảng", "1.572", "124", "21"),
        ("Lý Nhân", "2.036", "87", "17"), ("Thanh Liêm", "1.408", "142", "29"), ("Bình Lục", "954", "65", "11"),
        ("Tổng cộng", "8.127", "532", "120")]
COLS = ["hầm biogas", "đệm lót sinh học", "ép tách phân"]
TABLE = "\n".join(" | ".join(r) for r in ROWS)

TEXT = f"""UBND TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 186/BC-UBND
Hà Nam, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác xử lý chất thải chăn nuôi năm 2023

Thực hiện Nghị định số 13/2020/NĐ-CP của Chính phủ hướng dẫn chi tiết Luật Chăn nuôi, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô chăn nuôi và công trình xử lý chất thải
Tính đến ngày 30/11/2023, toàn tỉnh có 9.426 cơ sở chăn nuôi lợn, tổng đàn lợn khoảng 318 nghìn con. Số công trình khí sinh học (hầm biogas) đang hoạt động là 8.127 công trình, trong đó hầm xây gạch 6.184 công trình, hầm composite 1.943 công trình. Kết quả theo từng địa phương như sau:

Đơn vị tính: công trình
Huyện, thị xã, thành phố | Hầm biogas | Đệm lót sinh học | Ép tách phân
{TABLE}

2. Kết quả kiểm soát ô nhiễm
Năm 2023, tỷ lệ chất thải chăn nuôi được thu gom, xử lý ước đạt 86,4%, tăng 3,2 điểm phần trăm so với năm 2022; có 214/236 trang trại đã lập hồ sơ môi trường. Ngân sách tỉnh hỗ trợ 2,85 tỷ đồng xây dựng 570 công trình biogas mới, mức hỗ trợ 5 triệu đồng/công trình.

II. PHƯƠNG HƯỚNG NĂM 2024
1. Phấn đấu tỷ lệ chất thải chăn nuôi được xử lý đạt trên 90%.
2. Hỗ trợ xây mới 600 công trình biogas; kiểm tra 100% trang trại quy mô lớn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

AS_OF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell_figs():
    out = []
    for label, *cells in ROWS:
        for j, cell in enumerate(cells):
            anchor = label + " | " + " | ".join(cells[:j + 1])
            if label == "Tổng cộng":
                subj, loc = "tổng cộng " + COLS[j], "Hà Nam"
            else:
                subj, loc = COLS[j], label
            v = float(cell.replace(".", ""))
            out.append(F(anchor, cell, v, "count", "công trình", subj, I(AS_OF), location=loc))
    return out


FIGS = [
    F("có 9.426 cơ sở", "9.426", 9426, "count", "cơ sở", "cơ sở chăn nuôi lợn", AS_OF),
    F("khoảng 318 nghìn con", "318", 318000, "count", "con", "tổng đàn lợn", AS_OF, approx="about"),
    F("là 8.127 công trình", "8.127", 8127, "count", "công trình",
      "công trình khí sinh học (hầm biogas) đang hoạt động", I(AS_OF)),
    F("gạch 6.184 công trình", "6.184", 6184, "count", "công trình", "hầm xây gạch", I(AS_OF), total=8127),
    F("composite 1.943 công trình", "1.943", 1943, "count", "công trình", "hầm composite", I(AS_OF), total=8127),
] + cell_figs() + [
    F("ước đạt 86,4%", "86,4", 86.4, "percent", "%", "tỷ lệ chất thải chăn nuôi được thu gom, xử lý", Y23,
      change=C("increase", 3.2, "điểm phần trăm", "năm 2022"), status="estimate"),
    F("có 214/236 trang trại", "214", 214, "count", "trang trại", "trang trại đã lập hồ sơ môi trường", Y23,
      total=236),
    F("hỗ trợ 2,85 tỷ đồng", "2,85", 2850000000, "money", "đồng",
      "ngân sách tỉnh hỗ trợ xây dựng công trình biogas mới", I(Y23)),
    F("xây dựng 570 công trình", "570", 570, "count", "công trình", "công trình biogas mới được hỗ trợ xây dựng",
      I(Y23)),
    F("5 triệu đồng/công trình", "5", 5000000, "money", "đồng/công trình", "mức hỗ trợ mỗi công trình biogas", I(Y23)),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ chất thải chăn nuôi được xử lý", Y24, approx="over",
      status="target"),
    F("xây mới 600 công trình", "600", 600, "count", "công trình", "công trình biogas hỗ trợ xây mới", Y24,
      status="target"),
    F("kiểm tra 100% trang trại", "100", 100, "percent", "%", "tỷ lệ trang trại quy mô lớn được kiểm tra", Y24,
      status="target"),
]

NOTES = [
    "Formal report of UBND tỉnh Hà Nam (Số: 186/BC-UBND, 18/12/2023): livestock waste treatment in 2023; flattened '|' table",
    "of works by district (Hầm biogas | Đệm lót sinh học | Ép tách phân, Tổng cộng row), 'Đơn vị tính: công trình'.",
    "Table cells: district -> location, column label -> subject; Tổng cộng row -> Hà Nam; period from the as-of sentence above (inherited).",
    "Table cells get no totals (the Tổng cộng row is its own figure). '214/236' -> total 236. '; có 214/236' is a new clause: not estimate.",
    "Section II targets take 'NĂM 2024' from the heading (inherited). Distractors: Số: 186/BC-UBND, Nghị định số 13/2020/NĐ-CP,",
    "section numbers I./II./1./2., the dateline, 'Nơi nhận' list.",
]

write("p888-3", TEXT, FIGS, NOTES, published="2023-12-18", location="Hà Nam")
