"""p485-7: department site (Chi cục Thủy lợi Bắc Giang), no dateline — canal solidification 2023, one-cell-per-line table."""
from lib import F, P, I, CH, emit, cell

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẮC GIANG
CHI CỤC THỦY LỢI

Kết quả kiên cố hóa kênh mương năm 2023 và kế hoạch năm 2024

Toàn tỉnh hiện có 6.842 km kênh mương do cấp xã, hợp tác xã quản lý; đến hết năm 2023 đã kiên cố hóa được 4.156 km, đạt 60,7%. Riêng năm 2023, các địa phương kiên cố hóa 186,4 km, vượt 6,5% kế hoạch, với tổng kinh phí 178,9 tỷ đồng. Theo Nghị quyết số 07/2021/NQ-HĐND của HĐND tỉnh, mức hỗ trợ tối đa 900 triệu đồng/km đối với kênh loại II.

Theo đánh giá của Chi cục, các tuyến kênh sau kiên cố hóa giúp giảm khoảng 30% chi phí nạo vét hằng năm, tăng thêm 1.120 ha diện tích được tưới chủ động. Tuy nhiên, toàn tỉnh vẫn còn hơn 2.680 km kênh đất, nhiều đoạn bị sạt lở, bồi lắng, gây thất thoát từ 25 đến 30% lượng nước tưới.

Bảng 2. Kiên cố hóa kênh mương tại một số huyện
Đơn vị tính: km

Huyện

Tổng chiều dài

Đã kiên cố đến hết năm 2023

Kế hoạch năm 2024

Lục Nam

742,5

398,2

24

Lạng Giang

615

421,6

18,5

Yên Dũng

538,3

356

15

Hiệp Hòa

690

447,8

21

Tân Yên

584,7

362,9

19

Năm 2024, tỉnh phấn đấu kiên cố hóa 200 km kênh mương, trong đó ưu tiên các tuyến kênh loại III phục vụ vùng sản xuất lúa chất lượng cao.

Mọi ý kiến xin gửi về: Chi cục Thủy lợi, số 48 đường Nguyễn Văn Cừ, phường Trần Phú, TP Bắc Giang. Điện thoại: 0204.3854.216.

Tổng lượt truy cập: 2.384.115
"""

C23 = P("đến hết năm 2023", end="2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 6.842 km", "6.842", 6842, "measure", "km", "kênh mương do cấp xã, hợp tác xã quản lý"),
    F("được 4.156 km", "4.156", 4156, "measure", "km", "kênh mương đã kiên cố hóa", C23, percent=60.7),
    F("hóa 186,4 km", "186,4", 186.4, "measure", "km", "kênh mương kiên cố hóa", Y23,
      change=CH("increase", 6.5, "%", "kế hoạch")),
    F("phí 178,9 tỷ đồng", "178,9", 178.9e9, "money", "đồng", "tổng kinh phí kiên cố hóa kênh mương", Y23),
    F("khoảng 30% chi phí", "30", 30, "percent", "%", "chi phí nạo vét hằng năm giảm", approx="about"),
    F("thêm 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích được tưới chủ động tăng thêm"),
    F("hơn 2.680 km", "2.680", 2680, "measure", "km", "kênh đất", approx="over"),
    F("từ 25 đến 30%", "25", 25, "percent", "%", "thất thoát lượng nước tưới", value_max=30),
    F("tối đa 900 triệu đồng/km", "900", 900e6, "money", "đồng/km", "mức hỗ trợ kênh loại II", approx="at_most"),
]
COLS = [("Tổng chiều dài kênh mương", None, None),
        ("kênh mương đã kiên cố đến hết năm 2023", P("Đã kiên cố đến hết năm 2023", end="2023-12-31"), None),
        ("kênh mương kiên cố hóa kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Lục Nam", ["742,5", "398,2", "24"]), ("Lạng Giang", ["615", "421,6", "18,5"]),
        ("Yên Dũng", ["538,3", "356", "15"]), ("Hiệp Hòa", ["690", "447,8", "21"]),
        ("Tân Yên", ["584,7", "362,9", "19"])]
for district, cells in ROWS:
    for (subj, per, status), num in zip(COLS, cells):
        v = float(num.replace(",", "."))
        kw = {"location": district}
        if status:
            kw["status"] = status
        FIGS.append(F(cell(TEXT, district + "\n", num), num, v, "measure", "km", subj, per, **kw))
FIGS.append(F("hóa 200 km", "200", 200, "measure", "km", "kênh mương kiên cố hóa",
              P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"))

emit("p485-7", TEXT, [
    "Department site (Chi cục Thủy lợi, Sở NN&PTNT Bắc Giang), no dateline (published null), visit counter in the footer.",
    "Canal solidification 2023 and plan 2024, one-cell-per-line table (Bảng 2) with 'Đơn vị tính: km'. Every numeric cell is a figure",
    "(measure, km); the row label is a district (location), the subject is the column label; periods from the column headers",
    "(scored, as in shared h23): 'Đã kiên cố đến hết năm 2023' → as-of 2023-12-31, 'Kế hoạch năm 2024' → 2024 and status target.",
    "Text: 'đạt 60,7%' is the percent of 4.156 km (no total: no cue); 'vượt 6,5% kế hoạch' is a change against the plan (FIGURES.md);",
    "'tối đa 900 triệu đồng/km' → at_most, unit đồng/km. Distractors: Nghị quyết số 07/2021/NQ-HĐND, 'kênh loại II/III', 'Bảng 2',",
    "số 48 đường Nguyễn Văn Cừ, phone 0204.3854.216, 'Tổng lượt truy cập: 2.384.115'.",
], FIGS, published=None, location="Bắc Giang")
