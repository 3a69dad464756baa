from lib import F, P, Y, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Tin tức - Sự kiện

Phát triển vùng cây ăn quả đạt chuẩn phục vụ xuất khẩu
Ngày cập nhật: 22/03/2024

Năm 2023, toàn tỉnh có 4.860 ha cây ăn quả được cấp giấy chứng nhận VietGAP, GlobalGAP và hữu cơ, tăng 612 ha so với năm 2022; 156 mã số vùng trồng phục vụ xuất khẩu được cấp với tổng diện tích trên 7.300 ha. Sơn La hiện đứng thứ hai cả nước về diện tích cây ăn quả. Kết quả cụ thể như sau:

Diện tích cây ăn quả đạt chứng nhận
Đơn vị tính: ha

Chỉ tiêu

Năm 2022

Năm 2023

Kế hoạch 2024

Diện tích VietGAP

3.905

4.327

4.800

Diện tích GlobalGAP

218

371

450

Diện tích hữu cơ

125

162

250

Các huyện có diện tích đạt chuẩn lớn là Mộc Châu (1.420 ha), Yên Châu (985 ha), Mai Sơn (870 ha) và Sông Mã (640 ha).

Sản lượng quả xuất khẩu năm 2023 đạt 32,6 nghìn tấn, sang 12 thị trường, trong đó xoài 13.500 tấn, nhãn 11.200 tấn, mận 4.100 tấn. Hiện tỉnh có 204 HTX trồng cây ăn quả, chiếm khoảng 31% tổng số HTX nông nghiệp.

Theo Nghị quyết số 88/2023/NQ-HĐND, tỉnh hỗ trợ 70% chi phí đánh giá, cấp giấy chứng nhận VietGAP (không quá 20 triệu đồng/giấy chứng nhận).

Phòng Trồng trọt - BVTV
Địa chỉ: Tầng 4, Tòa nhà số 2, Trung tâm Hành chính tỉnh Sơn La. ĐT: 0212.3852.219
"""

Y22 = Y("Năm 2022", 2022)
Y23 = Y("Năm 2023", 2023)
Y23i = Y("Năm 2023", 2023, inh=True)
K24 = Y("Kế hoạch 2024", 2024)
SUBJ = "diện tích cây ăn quả đạt chuẩn"


def row(label, cells):
    out = []
    for (a, n, v), (col, per, st) in zip(cells, [("năm 2022", Y22, None), ("năm 2023", Y23, None),
                                                  ("kế hoạch 2024", K24, "target")]):
        kw = {"status": st} if st else {}
        out.append(F(a, n, v, "measure", "ha", f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("có 4.860 ha", "4.860", 4860, "measure", "ha",
      "diện tích cây ăn quả được cấp giấy chứng nhận VietGAP, GlobalGAP và hữu cơ", Y23,
      change=CH("increase", 612, "ha", "năm 2022")),
    F("156 mã số", "156", 156, "count", "mã số vùng trồng", "mã số vùng trồng phục vụ xuất khẩu được cấp", Y23),
    F("trên 7.300 ha", "7.300", 7300, "measure", "ha", "tổng diện tích mã số vùng trồng phục vụ xuất khẩu", Y23,
      approx="over"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "diện tích cây ăn quả cả nước", Y23i),
    *row("Diện tích VietGAP", [("VietGAP\n\n3.905", "3.905", 3905), ("3.905\n\n4.327", "4.327", 4327),
                               ("4.327\n\n4.800", "4.800", 4800)]),
    *row("Diện tích GlobalGAP", [("GlobalGAP\n\n218", "218", 218), ("218\n\n371", "371", 371),
                                 ("371\n\n450", "450", 450)]),
    *row("Diện tích hữu cơ", [("hữu cơ\n\n125", "125", 125), ("125\n\n162", "162", 162),
                              ("162\n\n250", "250", 250)]),
    F("Mộc Châu (1.420 ha)", "1.420", 1420, "measure", "ha", SUBJ, Y23i, location="Mộc Châu"),
    F("Yên Châu (985 ha)", "985", 985, "measure", "ha", SUBJ, Y23i, location="Yên Châu"),
    F("Mai Sơn (870 ha)", "870", 870, "measure", "ha", SUBJ, Y23i, location="Mai Sơn"),
    F("Sông Mã (640 ha)", "640", 640, "measure", "ha", SUBJ, Y23i, location="Sông Mã"),
    F("đạt 32,6 nghìn tấn", "32,6", 32600, "measure", "tấn", "sản lượng quả xuất khẩu", Y("năm 2023", 2023)),
    F("sang 12 thị trường", "12", 12, "count", "thị trường", "thị trường xuất khẩu quả", Y("năm 2023", 2023)),
    F("xoài 13.500 tấn", "13.500", 13500, "measure", "tấn", "sản lượng xoài xuất khẩu", Y("năm 2023", 2023),
      total=32600),
    F("nhãn 11.200 tấn", "11.200", 11200, "measure", "tấn", "sản lượng nhãn xuất khẩu", Y("năm 2023", 2023),
      total=32600),
    F("mận 4.100 tấn", "4.100", 4100, "measure", "tấn", "sản lượng mận xuất khẩu", Y("năm 2023", 2023),
      total=32600),
    F("có 204 HTX", "204", 204, "count", "HTX", "HTX trồng cây ăn quả", Y23i, percent=31),
    F("hỗ trợ 70% chi phí", "70", 70, "percent", "%", "hỗ trợ chi phí đánh giá, cấp giấy chứng nhận VietGAP"),
    F("không quá 20 triệu đồng/giấy chứng nhận", "20", 20e6, "money", "đồng/giấy chứng nhận",
      "mức hỗ trợ chi phí cấp giấy chứng nhận VietGAP", approx="at_most"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Sơn La): certified fruit area and export growing-area codes; 'Ngày cập nhật:' without time.",
    "Lead: 4.860 ha with 'tăng 612 ha so với năm 2022' as change; '156 mã số vùng trồng ... với tổng diện tích trên 7.300 ha' are two figures",
    "(7.300 ha is the area of the codes, not a whole of the 4.860 ha). 'đứng thứ hai cả nước' is a rank (number word), no period stated.",
    "One-cell-per-line table (as h23), 'Đơn vị tính: ha': every cell a figure, subject = row + column label, period from the column header;",
    "'Kế hoạch 2024' column → status target. The table rows (3.905+218+125 = 4.248 in 2022) agree with the lead's +612 ha.",
    "District list without cue: no total, period inherited, districts as location. 'trong đó xoài ... nhãn ... mận' → total 32.600 (parts need",
    "not add up to the whole). 'chiếm khoảng 31%' attaches to 204 HTX as percent ('hiện' → no period). Support 70%, 'không quá' → at_most.",
    "Distractors: Nghị quyết số 88/2023/NQ-HĐND, 'Tầng 4, Tòa nhà số 2', phone 0212.3852.219, date 22/03/2024.",
]

if __name__ == "__main__":
    emit("p380-6", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Sơn La")
