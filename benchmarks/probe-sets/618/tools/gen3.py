"""p618-3: formal report, UBND tỉnh Hưng Yên — ASF, culled pigs and compensation by district, 8 months 2024 (flattened | table)."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Hưng Yên, ngày 12 tháng 9 năm 2024

BÁO CÁO
Tình hình bệnh Dịch tả lợn châu Phi và kết quả hỗ trợ thiệt hại 8 tháng năm 2024

I. TÌNH HÌNH DỊCH BỆNH
Từ ngày 01/01/2024 đến ngày 31/8/2024, bệnh Dịch tả lợn châu Phi xảy ra tại 64 hộ chăn nuôi của 19 xã thuộc 5 huyện; số lợn buộc phải tiêu hủy là 2.418 con, giảm 23,5% so với cùng kỳ năm 2023, với tổng trọng lượng 141.906 kg. Chi tiết tại Bảng 1.

Bảng 1. Số lợn tiêu hủy và kinh phí hỗ trợ theo huyện
Huyện | Số hộ | Số lợn tiêu hủy (con) | Trọng lượng (kg) | Kinh phí hỗ trợ (triệu đồng)
Văn Lâm | 18 | 702 | 41.230 | 1.484,3
Khoái Châu | 15 | 566 | 33.415 | 1.202,9
Phù Cừ | 12 | 471 | 27.640 | 995,0
Tiên Lữ | 11 | 412 | 24.108 | 867,9
Kim Động | 8 | 267 | 15.513 | 558,5
Tổng | 64 | 2.418 | 141.906 | 5.108,6

II. KẾT QUẢ HỖ TRỢ VÀ TIÊM PHÒNG
1. Tổng kinh phí hỗ trợ đã chi trả là 5.108,6 triệu đồng (mức 36.000 đồng/kg lợn hơi), trong đó ngân sách tỉnh 3.065,2 triệu đồng, ngân sách huyện 2.043,4 triệu đồng.
2. Toàn tỉnh đã tiêm 8.750 liều vắc xin Dịch tả lợn châu Phi, đạt 58,3% kế hoạch (15.000 liều). Tổng đàn lợn toàn tỉnh hiện có 512.600 con, tăng 2,1% so với cùng thời điểm năm 2023.

III. NHIỆM VỤ 4 THÁNG CUỐI NĂM
Dự kiến bố trí 2.500 triệu đồng để mua bổ sung 6.000 liều vắc xin; duy trì 35 chốt kiểm dịch động vật tạm thời trên các tuyến Quốc lộ 5, Quốc lộ 39.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT1.
"""

EIGHT = P("Từ ngày 01/01/2024 đến ngày 31/8/2024", "2024-01-01", "2024-08-31")
E = INH(EIGHT)
LATE = INH(P("4 THÁNG CUỐI NĂM", "2024-09-01", "2024-12-31"))
M = 1e6  # triệu đồng


def row(place, hh, pigs, kg, money, anchors):
    a_hh, a_pigs, a_kg, a_money = anchors
    loc = {} if place is None else {"location": place}
    pre = "Tổng " if place is None else ""
    return [
        F(a_hh, hh[0], hh[1], "count", "hộ", pre + "Số hộ", E, **loc),
        F(a_pigs, pigs[0], pigs[1], "count", "con", pre + "Số lợn tiêu hủy", E, **loc),
        F(a_kg, kg[0], kg[1], "measure", "kg", pre + "Trọng lượng lợn tiêu hủy", E, **loc),
        F(a_money, money[0], money[1], "money", "đồng", pre + "Kinh phí hỗ trợ", E, **loc),
    ]


FIGS = [
    F("tại 64 hộ", "64", 64, "count", "hộ chăn nuôi", "hộ chăn nuôi xảy ra bệnh Dịch tả lợn châu Phi", EIGHT),
    F("của 19 xã", "19", 19, "count", "xã", "xã xảy ra bệnh Dịch tả lợn châu Phi", EIGHT),
    F("thuộc 5 huyện", "5", 5, "count", "huyện", "huyện xảy ra bệnh Dịch tả lợn châu Phi", EIGHT),
    F("là 2.418 con", "2.418", 2418, "count", "con", "số lợn buộc phải tiêu hủy", EIGHT,
      change=CH("decrease", 23.5, "%", "cùng kỳ năm 2023")),
    F("trọng lượng 141.906 kg", "141.906", 141906, "measure", "kg", "tổng trọng lượng lợn buộc phải tiêu hủy", EIGHT),
]
FIGS += row("Văn Lâm", ("18", 18), ("702", 702), ("41.230", 41230), ("1.484,3", 1484.3 * M),
            ("Văn Lâm | 18", "| 702 |", "| 41.230", "1.484,3"))
FIGS += row("Khoái Châu", ("15", 15), ("566", 566), ("33.415", 33415), ("1.202,9", 1202.9 * M),
            ("Khoái Châu | 15", "| 566 |", "| 33.415", "1.202,9"))
FIGS += row("Phù Cừ", ("12", 12), ("471", 471), ("27.640", 27640), ("995,0", 995.0 * M),
            ("Phù Cừ | 12", "| 471 |", "| 27.640", "995,0"))
FIGS += row("Tiên Lữ", ("11", 11), ("412", 412), ("24.108", 24108), ("867,9", 867.9 * M),
            ("Tiên Lữ | 11", "| 412 |", "| 24.108", "867,9"))
FIGS += row("Kim Động", ("8", 8), ("267", 267), ("15.513", 15513), ("558,5", 558.5 * M),
            ("Kim Động | 8", "| 267 |", "| 15.513", "558,5"))
FIGS += row(None, ("64", 64), ("2.418", 2418), ("141.906", 141906), ("5.108,6", 5108.6 * M),
            ("Tổng | 64", "| 2.418 |", "| 141.906", "| 5.108,6"))
FIGS += [
    F("là 5.108,6 triệu đồng", "5.108,6", 5108.6 * M, "money", "đồng", "tổng kinh phí hỗ trợ đã chi trả", E),
    F("36.000 đồng/kg", "36.000", 36000, "money", "đồng/kg", "mức hỗ trợ lợn hơi", E),
    F("tỉnh 3.065,2 triệu", "3.065,2", 3065.2 * M, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", E,
      total=5108.6 * M),
    F("huyện 2.043,4 triệu", "2.043,4", 2043.4 * M, "money", "đồng", "kinh phí hỗ trợ từ ngân sách huyện", E,
      total=5108.6 * M),
    F("tiêm 8.750 liều", "8.750", 8750, "count", "liều vắc xin", "liều vắc xin Dịch tả lợn châu Phi đã tiêm", E,
      percent=58.3, target=TG(15000, "liều", False)),
    F("có 512.600 con", "512.600", 512600, "count", "con", "tổng đàn lợn",
      change=CH("increase", 2.1, "%", "cùng thời điểm năm 2023")),
    F("bố trí 2.500 triệu", "2.500", 2500 * M, "money", "đồng", "kinh phí mua bổ sung vắc xin", LATE, status="forecast"),
    F("bổ sung 6.000 liều", "6.000", 6000, "count", "liều vắc xin", "liều vắc xin mua bổ sung", LATE, status="forecast"),
    F("duy trì 35 chốt", "35", 35, "count", "chốt kiểm dịch động vật tạm thời",
      "chốt kiểm dịch động vật tạm thời duy trì", LATE, status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Hưng Yên, 'Số: 215/BC-UBND', 'Hưng Yên, ngày 12 tháng 9 năm 2024'; ASF and compensation,",
    "8 months 2024, with a flattened '|' table by district (Số hộ | Số lợn tiêu hủy (con) | Trọng lượng (kg) | Kinh phí hỗ trợ (triệu đồng)).",
    "Table: every numeric cell is a figure; the district is the location, the column label the subject; '(triệu đồng)' multiplies the money",
    "column; the 'Tổng' row is the province's. No total attribute for table cells (the shared table gold h23/h24 gives none).",
    "Table periods come from the report's period sentence (inherited). 'giảm 23,5% so với cùng kỳ' stands right after the 2.418 con, so it is that count's change.",
    "'đạt 58,3% kế hoạch (15.000 liều)': percent 58.3 and the plan 15.000 liều as target (met false).",
    "'Dự kiến' in section III governs the clause and its continuation (… liều; duy trì 35 chốt) → forecast; period from the heading (inherited).",
    "Distractors: Số: 215/BC-UBND, dates, section numbers I./II./III./1./2., 'Bảng 1', '4 THÁNG CUỐI NĂM', Quốc lộ 5, Quốc lộ 39, KT1.",
]

if __name__ == "__main__":
    emit("p618-3", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Hưng Yên")
