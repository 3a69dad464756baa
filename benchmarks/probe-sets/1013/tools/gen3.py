"""p1013-3: formal report of UBND tỉnh Nghệ An, year 2023, flattened '|' table by district."""
from lib import C, F, I, P, write

TEXT = """UBND TỈNH NGHỆ AN
Số: 487/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả chấn chỉnh hoạt động quảng cáo ngoài trời năm 2023

Thực hiện Công văn số 3124/BVHTTDL-VHCS ngày 28/8/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra, xử lý
Năm 2023, các sở, ngành và UBND cấp huyện đã tổ chức 1.126 cuộc kiểm tra, phát hiện 2.347 trường hợp vi phạm quy định về quảng cáo, giảm 8,4% so với năm 2022. Đã xử phạt vi phạm hành chính 163 tổ chức, cá nhân với số tiền 1.218,5 triệu đồng, đạt 121,9% kế hoạch năm.

2. Kết quả tháo dỡ, thu hồi phương tiện quảng cáo (tính đến 30/11/2023)
Đơn vị tính: cái
TT | Địa phương | Biển quảng cáo | Băng rôn, phướn | Bảng hiệu lấn chiếm
1 | TP. Vinh | 642 | 2.318 | 415
2 | TX. Cửa Lò | 187 | 906 | 132
3 | Huyện Diễn Châu | 96 | 1.054 | 78
4 | Huyện Quỳnh Lưu | 73 | 812 | 64
| Tổng cộng | 998 | 5.090 | 689

Ngoài ra, các địa phương đã xóa bỏ khoảng 42.000 quảng cáo rao vặt; Sở Thông tin và Truyền thông phối hợp các nhà mạng khóa 356 số thuê bao (Viettel 198 số, VNPT 104 số, MobiFone 54 số).

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu 100% biển quảng cáo tấm lớn được cấp phép xây dựng theo quy định.
2. Tháo dỡ dứt điểm 85 biển quảng cáo tấm lớn hết hạn trên Quốc lộ 1A và Quốc lộ 46 trước ngày 30/6/2024; kinh phí dự kiến khoảng 2,3 tỷ đồng từ ngân sách tỉnh.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến 30/11/2023", None, "2023-11-30", inherited=True)
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
DEAD = P("trước ngày 30/6/2024", None, "2024-06-30")

PLACES = [("TP. Vinh", "Vinh"), ("TX. Cửa Lò", "Cửa Lò"), ("Huyện Diễn Châu", "Diễn Châu"),
          ("Huyện Quỳnh Lưu", "Quỳnh Lưu"), ("Tổng cộng", None)]
COLS = ["Biển quảng cáo", "Băng rôn, phướn", "Bảng hiệu lấn chiếm"]
ROWS = [["642", "2.318", "415"], ["187", "906", "132"], ["96", "1.054", "78"], ["73", "812", "64"],
        ["998", "5.090", "689"]]


def table_figs():
    out = []
    for (label, loc), cells in zip(PLACES, ROWS):
        for i, (col, cell) in enumerate(zip(COLS, cells)):
            # the anchor: the row label up to this cell
            anchor = f"| {label} | " + " | ".join(cells[:i + 1])
            if i + 1 < len(cells):
                anchor += " |"
            value = float(cell.replace(".", ""))
            subj = col if loc else f"{col} (tổng cộng)"
            kw = {"location": loc} if loc else {}
            out.append(F(anchor, cell, value, "count", "cái", subj, ASOF, **kw))
    return out


FIGS = [
    F("tổ chức 1.126 cuộc", "1.126", 1126, "count", "cuộc kiểm tra",
      "cuộc kiểm tra hoạt động quảng cáo", Y23),
    F("phát hiện 2.347 trường hợp", "2.347", 2347, "count", "trường hợp",
      "trường hợp vi phạm quy định về quảng cáo", Y23,
      change=C("decrease", 8.4, "%", "năm 2022")),
    F("163 tổ chức, cá nhân", "163", 163, "count", "tổ chức, cá nhân",
      "tổ chức, cá nhân bị xử phạt vi phạm hành chính", I(Y23)),
    F("số tiền 1.218,5 triệu đồng", "1.218,5", 1218.5e6, "money", "đồng",
      "số tiền xử phạt vi phạm hành chính", I(Y23), percent=121.9),
] + table_figs() + [
    F("khoảng 42.000 quảng cáo", "42.000", 42000, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt xóa bỏ", ASOF, approx="about"),
    F("khóa 356 số thuê bao", "356", 356, "count", "số thuê bao",
      "số thuê bao bị khóa", ASOF),
    F("Viettel 198 số", "198", 198, "count", "số",
      "số thuê bao Viettel bị khóa", ASOF, total=356),
    F("VNPT 104 số", "104", 104, "count", "số",
      "số thuê bao VNPT bị khóa", ASOF, total=356),
    F("MobiFone 54 số", "54", 54, "count", "số",
      "số thuê bao MobiFone bị khóa", ASOF, total=356),
    F("Phấn đấu 100% biển", "100", 100, "percent", "%",
      "biển quảng cáo tấm lớn được cấp phép xây dựng theo quy định", Y24, status="target"),
    F("dứt điểm 85 biển", "85", 85, "count", "biển quảng cáo tấm lớn",
      "biển quảng cáo tấm lớn hết hạn tháo dỡ trên Quốc lộ 1A và Quốc lộ 46", DEAD, status="target"),
    F("khoảng 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng",
      "kinh phí tháo dỡ biển quảng cáo tấm lớn hết hạn", Y24, approx="about", status="forecast"),
]

NOTES = [
    "Formal report under the letterhead 'UBND TỈNH NGHỆ AN', 'Số: 487/BC-UBND', 'Nghệ An, ngày 15 tháng 12 năm 2023'.",
    "Flattened '|' table (Đơn vị tính: cái) by district: every numeric cell is a figure; the place label goes to location,",
    "the column label is the subject; TT row numbers are not figures; the 'Tổng cộng' row is its own figure (province, no total).",
    "Table period comes from the heading line '(tính đến 30/11/2023)' in another line: inherited.",
    "Viettel/VNPT/MobiFone add up to 356: total 356 (network operators are not places).",
    "Section II tasks are targets ('Phấn đấu', a task list under NHIỆM VỤ NĂM 2024); 'kinh phí dự kiến' is a forecast.",
    "The deadline 'trước ngày 30/6/2024' is the period of the 85 signs (as-of end 2024-06-30).",
    "Distractors: Số 487/BC-UBND, Công văn số 3124/BVHTTDL-VHCS ngày 28/8/2023, section numbers I./II./1./2., TT 1-4,",
    "Quốc lộ 1A, Quốc lộ 46, the place-date line.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2023-12-15", location="Nghệ An")
