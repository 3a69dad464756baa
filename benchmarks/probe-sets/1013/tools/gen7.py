"""p1013-7: department site (Sở VHTTDL Lâm Đồng), no dateline, one-cell-per-line table, year 2024."""
from lib import C, F, I, P, write

HEADER = ["Địa phương", "Biển vi phạm", "Đã tháo dỡ", "Tỷ lệ tháo dỡ (%)"]
ROWS = [("TP Đà Lạt", "Đà Lạt", ["1.240", "1.116", "90,0"]),
        ("TP Bảo Lộc", "Bảo Lộc", ["568", "497", "87,5"]),
        ("Huyện Đức Trọng", "Đức Trọng", ["312", "254", "81,4"]),
        ("Huyện Di Linh", "Di Linh", ["205", "158", "77,1"]),
        ("Cộng", None, ["2.325", "2.025", "87,1"])]

TABLE = "\n".join(HEADER + [x for label, _, cells in ROWS for x in [label] + cells])

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Lâm Đồng: Kết quả rà soát, tháo dỡ biển quảng cáo vi phạm năm 2024

Năm 2024, Sở Văn hóa, Thể thao và Du lịch phối hợp UBND các huyện, thành phố rà soát 7.420 biển quảng cáo, bảng hiệu trên địa bàn tỉnh Lâm Đồng, phát hiện 2.768 biển vi phạm (chiếm 37,3%), chủ yếu là biển đặt sai vị trí, vượt kích thước cho phép hoặc che khuất biển báo giao thông trên Quốc lộ 20 và Quốc lộ 27.

Kết quả tháo dỡ tại 4 địa phương có nhiều biển vi phạm nhất như sau:
Đơn vị tính: biển
""" + TABLE + """

Ngoài biển quảng cáo, các lực lượng đã xóa bỏ trên 18.000 quảng cáo rao vặt, tập trung tại các Phường 1, 2, 3 và 9 của TP Đà Lạt; đề nghị nhà mạng chặn 167 số điện thoại. Thanh tra Sở đã xử phạt 38 trường hợp, số tiền 246 triệu đồng.

Năm 2025, Sở phấn đấu tháo dỡ dứt điểm 100% biển vi phạm còn lại, không để phát sinh mới biển quảng cáo tấm lớn không phép trên các tuyến quốc lộ.

Địa chỉ: Số 12 Đường 3 Tháng 4, Phường 3, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.135 - Fax: 0263.3834.712
Lượt truy cập: 1.348.207
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = ["biển vi phạm", "biển vi phạm đã tháo dỡ", "tỷ lệ tháo dỡ biển vi phạm"]


def table_figs():
    out = []
    for label, loc, cells in ROWS:
        for i, cell in enumerate(cells):
            anchor = "\n".join([label] + cells[:i + 1])
            if i == 0 and label == "Cộng":
                anchor = "Cộng\n" + cell
            kind, unit = ("percent", "%") if i == 2 else ("count", "biển")
            value = float(cell.replace(".", "").replace(",", "."))
            subj = SUBJ[i] if loc else SUBJ[i] + " (cộng)"
            kw = {"location": loc} if loc else {}
            out.append(F(anchor, cell, value, kind, unit, subj, I(Y24), **kw))
    return out


FIGS = [
    F("rà soát 7.420 biển", "7.420", 7420, "count", "biển quảng cáo",
      "biển quảng cáo, bảng hiệu rà soát", Y24),
    F("phát hiện 2.768 biển", "2.768", 2768, "count", "biển",
      "biển quảng cáo vi phạm phát hiện", Y24, percent=37.3),
    F("tại 4 địa phương", "4", 4, "count", "địa phương",
      "địa phương có nhiều biển vi phạm nhất", I(Y24), optional=True),
] + table_figs() + [
    F("trên 18.000 quảng cáo", "18.000", 18000, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt xóa bỏ", I(Y24), approx="over"),
    F("chặn 167 số", "167", 167, "count", "số điện thoại",
      "số điện thoại đề nghị nhà mạng chặn", I(Y24)),
    F("xử phạt 38 trường hợp", "38", 38, "count", "trường hợp",
      "trường hợp bị xử phạt", I(Y24)),
    F("số tiền 246 triệu đồng", "246", 246e6, "money", "đồng",
      "số tiền xử phạt", I(Y24)),
    F("dứt điểm 100% biển", "100", 100, "percent", "%",
      "biển vi phạm còn lại được tháo dỡ", Y25, status="target"),
]

NOTES = [
    "Department site of Sở VHTTDL Lâm Đồng with no dateline (published absent), footer address, phone, fax and visit counter.",
    "One-cell-per-line table (header cells one per line, then each row's cells): every numeric cell is a figure;",
    "the district goes to location, the column label to the subject; the 'Tỷ lệ tháo dỡ (%)' column gives percent figures",
    "(no attributes inside a table); the 'Cộng' row sums the four districts (location Lâm Đồng). Table period: Năm 2024, inherited.",
    "'4 địa phương' describes the table's extent: optional. 'Phường 1, 2, 3 và 9', 'Số 12 Đường 3 Tháng 4, Phường 3',",
    "Quốc lộ 20, Quốc lộ 27, phone/fax numbers and 'Lượt truy cập: 1.348.207' are not figures.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Lâm Đồng")
