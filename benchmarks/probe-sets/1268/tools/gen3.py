"""p1268-3: formal report (UBND tỉnh Bến Tre, Số: 112/BC-UBND): worm farming 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẾN TRE
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện Kế hoạch số 4518/KH-UBND về phát triển nuôi trùn quế xử lý chất thải chăn nuôi năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Quy mô
Năm 2024, toàn tỉnh có 865 hộ và 6 hợp tác xã nuôi trùn quế, tăng 97 hộ so với năm 2023; tổng diện tích nuôi 38,4 ha, vượt 6,7% kế hoạch. Lượng chất thải chăn nuôi được xử lý qua trùn quế ước đạt 61.200 tấn, chiếm 14,5% tổng lượng phân bò phát sinh trên địa bàn.

2. Sản lượng phân trùn theo huyện
Đơn vị tính: tấn
Huyện | Năm 2023 | Năm 2024 | Kế hoạch 2025
Ba Tri | 3.120 | 3.680 | 4.000
Giồng Trôm | 2.450 | 2.710 | 3.000
Mỏ Cày Nam | 1.380 | 1.525 | 1.700
Các huyện khác | 1.860 | 2.045 | 2.300
Tổng cộng | 8.810 | 9.960 | 11.000

3. Hiệu quả
Giá phân trùn bình quân năm 2024 đạt 3.200 đồng/kg, trùn sinh khối 32.000 đồng/kg; thu nhập của hộ nuôi khoảng 48 triệu đồng/năm. Tỉnh đã tổ chức 14 lớp tập huấn cho 520 lượt người; hỗ trợ 1,26 tỷ đồng từ nguồn kinh phí khuyến nông.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 toàn tỉnh có 1.000 hộ nuôi trùn quế, sản lượng phân trùn đạt 11.000 tấn, tăng 10,4% so với năm 2024; xây dựng 2 mô hình liên kết tiêu thụ phân trùn với các hợp tác xã trồng dừa, bưởi.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
SEC = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Ba Tri", "Ba Tri", ["3.120", "3.680", "4.000"]),
        ("Giồng Trôm", "Giồng Trôm", ["2.450", "2.710", "3.000"]),
        ("Mỏ Cày Nam", "Mỏ Cày Nam", ["1.380", "1.525", "1.700"]),
        ("Các huyện khác", None, ["1.860", "2.045", "2.300"]),
        ("Tổng cộng", None, ["8.810", "9.960", "11.000"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        subj = "sản lượng phân trùn " + (f"{label.lower()} " if place is None else "") + col
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "measure", "tấn",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 865 hộ", "865", 865, "count", "hộ", change=chg("increase", 97, "hộ", "năm 2023"),
        subject="hộ nuôi trùn quế", period=Y24),
    fig("và 6 hợp tác xã", "6", 6, "count", "hợp tác xã", subject="hợp tác xã nuôi trùn quế", period=Y24),
    fig("nuôi 38,4 ha", "38,4", 38.4, "measure", "ha", change=chg("increase", 6.7, "%", "kế hoạch"),
        subject="tổng diện tích nuôi trùn quế", period=Y24),
    fig("ước đạt 61.200 tấn", "61.200", 61200, "measure", "tấn", status="estimate", percent=14.5,
        subject="lượng chất thải chăn nuôi được xử lý qua trùn quế", period=inh(Y24)),
] + CELLS + [
    fig("đạt 3.200 đồng/kg", "3.200", 3200, "money", "đồng/kg", subject="giá phân trùn bình quân", period=Y24s),
    fig("32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", subject="giá trùn sinh khối bình quân", period=Y24s),
    fig("khoảng 48 triệu", "48", 48e6, "money", "đồng/năm", approx="about",
        subject="thu nhập của hộ nuôi", period=Y24s),
    fig("tổ chức 14 lớp", "14", 14, "count", "lớp", subject="lớp tập huấn tỉnh đã tổ chức", period=SEC),
    fig("cho 520 lượt", "520", 520, "count", "lượt người", subject="lượt người tham gia tập huấn", period=SEC),
    fig("hỗ trợ 1,26 tỷ", "1,26", 1.26e9, "money", "đồng",
        subject="kinh phí khuyến nông hỗ trợ", period=SEC),
    fig("có 1.000 hộ", "1.000", 1000, "count", "hộ", status="target", subject="hộ nuôi trùn quế", period=Y25),
    fig("đạt 11.000 tấn", "11.000", 11000, "measure", "tấn", status="target",
        change=chg("increase", 10.4, "%", "năm 2024"), subject="sản lượng phân trùn", period=Y25),
    fig("xây dựng 2 mô hình", "2", 2, "count", "mô hình", status="target",
        subject="mô hình liên kết tiêu thụ phân trùn với các hợp tác xã trồng dừa, bưởi", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Bến Tre): letterhead, 'Số: 112/BC-UBND', 'Bến Tre, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận', signature block.",
    "Distractors: 112/BC-UBND, 'Kế hoạch số 4518/KH-UBND', the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, NN', 'KT. CHỦ TỊCH'.",
    "'tăng 97 hộ so với năm 2023' follows '6 hợp tác xã' but counts hộ: it is the change of 865 hộ. 'vượt 6,7% kế hoạch' is a change with baseline kế hoạch.",
    "'ước đạt 61.200 tấn' has no period phrase in its sentence: 'Năm 2024' is inherited from the previous sentence.",
    "Flattened '|' table, 'Đơn vị tính: tấn', caption 'Sản lượng phân trùn theo huyện': every numeric cell is a figure; district rows give the",
    "location (Ba Tri, Giồng Trôm, Mỏ Cày Nam), 'Các huyện khác' and 'Tổng cộng' stay in the province and keep the row label in the subject;",
    "period from the column ('Kế hoạch 2025' → target). Table cells get no total.",
    "Section 3 training and support figures stand under heading 'I. KẾT QUẢ THỰC HIỆN NĂM 2024' (inherited period).",
    "Section II 'Phấn đấu' governs its whole sentence (target) with period 'năm 2025'.",
]

if __name__ == "__main__":
    write("p1268-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bến Tre")
