"""p738-3: formal report (UBND tỉnh Thừa Thiên Huế) — tourist boats on the Perfume River, 9 months 2024, '|' table."""
from lib import emit, fig, per, inh, chg

TEXT = """ỦY BAN NHÂN DÂN
TỈNH THỪA THIÊN HUẾ
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình quản lý hoạt động thuyền du lịch trên sông Hương 9 tháng năm 2024

Thực hiện Công văn số 4512/BGTVT-VT ngày 02/5/2024 của Bộ Giao thông vận tải, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phương tiện
Tính đến ngày 30/9/2024, toàn tỉnh có 96 thuyền du lịch hoạt động trên sông Hương, giảm 8 thuyền so với cuối năm 2023 do thực hiện lộ trình thay thế thuyền vỏ gỗ. Số thuyền còn hạn đăng kiểm là 91 thuyền, đạt 94,8%; 5 thuyền hết hạn đang làm thủ tục đăng kiểm lại.

2. Lượt khách và doanh thu
Bảng 1. Kết quả khai thác theo tuyến, 9 tháng năm 2024
Tuyến | Phương tiện (chiếc) | Lượt khách (lượt) | Doanh thu (triệu đồng)
Tham quan lăng tẩm | 52 | 186.400 | 24.232
Nghe ca Huế trên sông Hương | 38 | 142.750 | 21.413
Thuận An - Tam Giang | 6 | 9.860 | 1.972,5
Tổng cộng | 96 | 339.010 | 47.617,5

3. Bảo đảm an toàn
Lực lượng Cảnh sát đường thủy đã tổ chức 214 lượt tuần tra, kiểm soát, lập biên bản 36 trường hợp vi phạm, phạt tiền 92,4 triệu đồng, tăng 15 trường hợp so với cùng kỳ. Trong 9 tháng không xảy ra tai nạn giao thông đường thủy làm chết người.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu năm 2024 đón khoảng 450.000 lượt khách đi thuyền trên sông Hương; hoàn thành thay thế 12 thuyền vỏ gỗ bằng thuyền vỏ composite trước ngày 31/12/2024.

Nơi nhận:
- Bộ GTVT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, XD.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = inh(per("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")

ROWS = [  # (row label, anchor context before the cells, cells)
    ("Tham quan lăng tẩm", "Tham quan lăng tẩm | ", ("52", "186.400", "24.232")),
    ("Nghe ca Huế trên sông Hương", "trên sông Hương | ", ("38", "142.750", "21.413")),
    ("Thuận An - Tam Giang", "Tam Giang | ", ("6", "9.860", "1.972,5")),
    ("Tổng cộng", "Tổng cộng | ", ("96", "339.010", "47.617,5")),
]


def table_figs():
    out = []
    for label, lead, (veh, pax, rev) in ROWS:
        out.append(fig(f"{lead}{veh} |", veh, int(veh), "count", "chiếc", f"Phương tiện {label}", M9))
        out.append(fig(f"| {pax} |", pax, int(pax.replace(".", "")), "count", "lượt", f"Lượt khách {label}", M9))
        r = float(rev.replace(".", "").replace(",", "."))
        out.append(fig(f"| {rev}\n", rev, r * 1e6, "money", "đồng", f"Doanh thu {label}", M9))
    return out


FIGS = [
    fig("có 96 thuyền", "96", 96, "count", "thuyền", "thuyền du lịch hoạt động trên sông Hương", ASOF,
        change=chg("decrease", 8, "thuyền", baseline="cuối năm 2023")),
    fig("là 91 thuyền", "91", 91, "count", "thuyền", "thuyền còn hạn đăng kiểm", inh(ASOF), percent=94.8),
    fig("; 5 thuyền", "5", 5, "count", "thuyền", "thuyền hết hạn đăng kiểm đang làm thủ tục đăng kiểm lại", inh(ASOF)),
] + table_figs() + [
    fig("tổ chức 214 lượt", "214", 214, "count", "lượt", "lượt tuần tra, kiểm soát của lực lượng Cảnh sát đường thủy", M9),
    fig("biên bản 36 trường hợp", "36", 36, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản", M9,
        change=chg("increase", 15, "trường hợp", baseline="cùng kỳ")),
    fig("phạt tiền 92,4 triệu", "92,4", 92400000, "money", "đồng", "tiền phạt vi phạm", M9),
    fig("khoảng 450.000 lượt", "450.000", 450000, "count", "lượt khách", "lượt khách đi thuyền trên sông Hương",
        per("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    fig("thay thế 12 thuyền", "12", 12, "count", "thuyền", "thuyền vỏ gỗ thay thế bằng thuyền vỏ composite",
        per("trước ngày 31/12/2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Thừa Thiên Huế (invented) số 318/BC-UBND: thuyền du lịch sông Hương 9 tháng năm 2024; flattened '|' table",
    "(Tuyến | Phương tiện (chiếc) | Lượt khách (lượt) | Doanh thu (triệu đồng)); units and multiplier from the column headers.",
    "Table cells: subject = column + row label; period from the table title (inherited); no 'Ước'/'Kế hoạch' column so actual;",
    "the 'Tổng cộng' row follows its parts with no cue, so the cells carry no total. 'Thuận An - Tam Giang' is a route, not a place.",
    "'tăng 15 trường hợp so với cùng kỳ' is the change of the 36 cases (same unit), across the fine in between.",
    "Distractors: Số 318/BC-UBND, Công văn số 4512/BGTVT-VT ngày 02/5/2024, section numbers I./II./1./2./3., 'Bảng 1', 'QUÝ IV/2024'.",
    "The 12 boats' own clause states its deadline 'trước ngày 31/12/2024' (as-of), not the 'năm 2024' of the first clause.",
]

if __name__ == "__main__":
    emit("p738-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Thừa Thiên Huế")
