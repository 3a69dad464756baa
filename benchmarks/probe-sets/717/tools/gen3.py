from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH NGHỆ AN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 18 tháng 12 năm 2023

BÁO CÁO
Tình hình hoạt động điện ảnh năm 2023, phương hướng năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Hệ thống rạp và thị trường phòng vé
Năm 2023, trên địa bàn tỉnh có thêm 2 cụm rạp đi vào hoạt động tại TP. Vinh và thị xã Cửa Lò, nâng tổng số phòng chiếu lên 39 phòng với 5.820 ghế. Doanh thu phòng vé ước đạt 104,5 tỷ đồng, đạt 110% kế hoạch, tăng 33,3% so với năm 2022.

Bảng 1. Một số chỉ tiêu hoạt động chiếu phim
Chỉ tiêu | Đơn vị tính | Năm 2022 | Ước thực hiện năm 2023 | Kế hoạch năm 2024
Cụm rạp | cụm | 5 | 7 | 8
Phòng chiếu | phòng | 28 | 39 | 45
Suất chiếu | suất | 48.150 | 61.200 | 70.000
Lượt khán giả | nghìn lượt | 1.024,6 | 1.352,8 | 1.500
Doanh thu phòng vé | tỷ đồng | 78,4 | 104,5 | 120

2. Chiếu phim phục vụ nhiệm vụ chính trị
Trung tâm Văn hóa tỉnh tổ chức 1.046 buổi chiếu phim lưu động tại 11 huyện miền núi, phục vụ hơn 150.000 lượt người xem; tổ chức Tuần phim kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh với 12 bộ phim.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tỷ lệ phim Việt Nam đạt từ 35 đến 40% tổng số suất chiếu; đầu tư 1 rạp chiếu phim tại huyện Con Cuông với tổng mức khoảng 25 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)


def row(label, unit_cell, unit, kind, mult, cells, anchors):
    out = []
    for (num, anch), per, st, col in zip(zip(cells, anchors), (Y22, Y23, Y24),
                                          ("actual", "estimate", "target"),
                                          ("năm 2022", "ước thực hiện năm 2023", "kế hoạch năm 2024")):
        v = float(num.replace(".", "").replace(",", ".")) * mult
        kw = {}
        if st != "actual":
            kw["status"] = st
        out.append(F(anch, num, v, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("thêm 2 cụm rạp", "2", 2, "count", "cụm rạp", "cụm rạp đi vào hoạt động", T23),
    F("lên 39 phòng với", "39", 39, "count", "phòng", "tổng số phòng chiếu", T23),
    F("5.820 ghế", "5.820", 5820, "count", "ghế", "ghế", T23),
    F("ước đạt 104,5 tỷ đồng", "104,5", 104.5e9, "money", "đồng", "doanh thu phòng vé", I(T23),
      percent=110, change=CH("increase", 33.3, baseline="năm 2022"), status="estimate"),
]
FIGS += row("Cụm rạp", "cụm", "cụm rạp", "count", 1, ["5", "7", "8"],
            ["cụm | 5 |", "5 | 7 |", "7 | 8\n"])
FIGS += row("Phòng chiếu", "phòng", "phòng chiếu", "count", 1, ["28", "39", "45"],
            ["| 28 |", "| 39 |", "| 45\n"])
FIGS += row("Suất chiếu", "suất", "suất chiếu", "count", 1, ["48.150", "61.200", "70.000"],
            ["48.150", "61.200", "70.000"])
FIGS += row("Lượt khán giả", "nghìn lượt", "lượt", "count", 1e3, ["1.024,6", "1.352,8", "1.500"],
            ["1.024,6", "1.352,8", "| 1.500"])
FIGS += row("Doanh thu phòng vé", "tỷ đồng", "đồng", "money", 1e9, ["78,4", "104,5", "120"],
            ["78,4", "| 104,5 |", "| 120"])
FIGS += [
    F("tổ chức 1.046 buổi", "1.046", 1046, "count", "buổi chiếu phim lưu động", "buổi chiếu phim lưu động",
      P("NĂM 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("tại 11 huyện", "11", 11, "count", "huyện", "huyện miền núi có buổi chiếu phim lưu động"),
    F("hơn 150.000 lượt", "150.000", 150000, "count", "lượt người xem", "lượt người xem chiếu phim lưu động",
      approx="over"),
    F("với 12 bộ phim", "12", 12, "count", "bộ phim", "bộ phim trong Tuần phim kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh"),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "tỷ lệ phim Việt Nam trong tổng số suất chiếu", H24,
      value_max=40, status="target"),
    F("đầu tư 1 rạp", "1", 1, "count", "rạp chiếu phim", "rạp chiếu phim đầu tư", H24, status="target",
      location="Con Cuông"),
    F("khoảng 25 tỷ đồng", "25", 25e9, "money", "đồng", "tổng mức đầu tư rạp chiếu phim", H24,
      approx="about", status="target", location="Con Cuông"),
]

COMMENTS = [
    "Probe 717-3: formal report under letterhead, UBND tỉnh Nghệ An, Số: 412/BC-UBND, 18/12/2023: cinemas 2023, plan 2024.",
    "Flattened | table: every numeric cell is a figure; 'Ước thực hiện năm 2023' column -> estimate, 'Kế hoạch năm 2024' -> target;",
    "units from the Đơn vị tính column ('nghìn lượt' multiplies by 1000, 'tỷ đồng' by 10^9); periods from the column headers.",
    "'đạt 110% kế hoạch' is the share of 104,5 tỷ; 'tăng 33,3% so với năm 2022' its change.",
    "'kỷ niệm 133 năm Ngày sinh' is an anniversary name, not a figure. Section II figures: target (Phấn đấu ...; đầu tư ...).",
    "Distractors: Số: 412/BC-UBND, date line, Bảng 1, section numbers I./1./2./II., 133 năm.",
]

if __name__ == "__main__":
    emit("p717-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Nghệ An")
