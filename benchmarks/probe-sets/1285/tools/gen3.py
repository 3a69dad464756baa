"""p1285-3: formal report (Ban Chỉ đạo liên ngành ATTP tỉnh Bắc Ninh, Số: 312/BC-BCĐ): Trung thu 2024 checks,
flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
BAN CHỈ ĐẠO LIÊN NGÀNH AN TOÀN THỰC PHẨM
Số: 312/BC-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 30 tháng 9 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn thực phẩm Tết Trung thu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Thực hiện Kế hoạch số 1865/KH-BCĐ, từ ngày 20/8 đến ngày 20/9/2024, toàn tỉnh thành lập 9 đoàn kiểm tra liên ngành, gồm 1 đoàn của tỉnh và 8 đoàn của các huyện, thị xã, thành phố; kiểm tra 642 cơ sở, đạt 107% kế hoạch; phát hiện 51 cơ sở vi phạm, xử phạt 38 cơ sở với số tiền 186,5 triệu đồng, tăng 21% so với cùng kỳ năm 2023.

2. Kết quả theo địa bàn
Số cơ sở sản xuất, kinh doanh bánh trung thu được kiểm tra
Đơn vị tính: cơ sở
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Bắc Ninh | 164 | 188 | 114,6
TP Từ Sơn | 121 | 137 | 113,2
Huyện Yên Phong | 58 | 61 | 105,2
Các huyện còn lại | 245 | 256 | 104,5
Tổng cộng | 588 | 642 | 109,2

3. Xét nghiệm mẫu
Các đoàn lấy 214 mẫu bánh, nhân bánh để xét nghiệm nhanh, 100% mẫu đạt yêu cầu; gửi 18 mẫu kiểm nghiệm tại labo, 1 mẫu không đạt chỉ tiêu vi sinh vật.

II. NHIỆM VỤ THỜI GIAN TỚI
Duy trì kiểm tra sau Tết Trung thu; phấn đấu năm 2024 tỷ lệ cơ sở sản xuất thực phẩm được kiểm tra đạt trên 90%, không để xảy ra ngộ độc thực phẩm đông người.

Nơi nhận:
- Ban Chỉ đạo liên ngành Trung ương (b/c);
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, YT.
"""

CAMP = per("từ ngày 20/8 đến ngày 20/9/2024", "2024-08-20", "2024-09-20")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("năm 2024", "2024-01-01", "2024-12-31")
CAP = "số cơ sở sản xuất, kinh doanh bánh trung thu được kiểm tra"
PLACES = {"TP Bắc Ninh": "Bắc Ninh", "TP Từ Sơn": "Từ Sơn", "Huyện Yên Phong": "Yên Phong",
          "Các huyện còn lại": None, "Tổng cộng": None}


def row(label, cells):
    out = []
    loc = PLACES[label]
    extra = "" if loc else " " + label.lower()
    kw = {"location": loc} if loc else {}
    prev = label
    for col, n in zip(("năm 2023", "năm 2024", "so với cùng kỳ"), cells):
        anchor = f"{prev} | {n}"
        if col == "so với cùng kỳ":
            out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"{CAP}{extra} so với cùng kỳ", period=inh(Y24), **kw))
        else:
            out.append(fig(anchor, n, float(n), "count", "cơ sở", subject=f"{CAP}{extra} {col}",
                           period=Y23 if col == "năm 2023" else Y24, **kw))
        prev = n
    return out


TABLE = (row("TP Bắc Ninh", ["164", "188", "114,6"]) + row("TP Từ Sơn", ["121", "137", "113,2"])
         + row("Huyện Yên Phong", ["58", "61", "105,2"]) + row("Các huyện còn lại", ["245", "256", "104,5"])
         + row("Tổng cộng", ["588", "642", "109,2"]))

FIGS = [
    fig("thành lập 9 đoàn", "9", 9, "count", "đoàn", subject="đoàn kiểm tra liên ngành", period=CAMP),
    fig("gồm 1 đoàn", "1", 1, "count", "đoàn", total=9, subject="đoàn của tỉnh", period=CAMP),
    fig("và 8 đoàn", "8", 8, "count", "đoàn", total=9, subject="đoàn của các huyện, thị xã, thành phố",
        period=CAMP),
    fig("kiểm tra 642 cơ sở", "642", 642, "count", "cơ sở", percent=107, subject="cơ sở được kiểm tra",
        period=CAMP),
    fig("phát hiện 51 cơ sở", "51", 51, "count", "cơ sở", subject="cơ sở vi phạm", period=CAMP),
    fig("xử phạt 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở bị xử phạt", period=CAMP),
    fig("tiền 186,5 triệu", "186,5", 186.5e6, "money", "đồng",
        change=chg("increase", 21, "%", "cùng kỳ năm 2023"), subject="số tiền xử phạt", period=CAMP),
] + TABLE + [
    fig("lấy 214 mẫu", "214", 214, "count", "mẫu", subject="mẫu bánh, nhân bánh xét nghiệm nhanh",
        period=inh(CAMP)),
    fig("100% mẫu", "100", 100, "percent", "%", subject="mẫu xét nghiệm nhanh đạt yêu cầu", period=inh(CAMP)),
    fig("gửi 18 mẫu", "18", 18, "count", "mẫu", subject="mẫu gửi kiểm nghiệm tại labo", period=inh(CAMP)),
    fig("1 mẫu không đạt", "1", 1, "count", "mẫu", subject="mẫu không đạt chỉ tiêu vi sinh vật",
        period=inh(CAMP)),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ cơ sở sản xuất thực phẩm được kiểm tra", period=Y24T),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH / BAN CHỈ ĐẠO LIÊN NGÀNH AN TOÀN THỰC PHẨM', 'Số: 312/BC-BCĐ',",
    "'Bắc Ninh, ngày 30 tháng 9 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận', 'Lưu: VT, YT'.",
    "Distractors: 312/BC-BCĐ, Kế hoạch số 1865/KH-BCĐ, letterhead date, section numbers, '(b/c)'.",
    "'9 đoàn ..., gồm 1 đoàn của tỉnh và 8 đoàn ...' → parts with total 9 (they add up).",
    "'kiểm tra 642 cơ sở, đạt 107% kế hoạch' → percent attribute 107 (the plan's count is not stated, so no target).",
    "'xử phạt 38 cơ sở với số tiền 186,5 triệu đồng, tăng 21% so với cùng kỳ năm 2023' → the change belongs to the money.",
    "51 and 38 have no part-of cue: no total. '18 mẫu ..., 1 mẫu không đạt' has no cue either: no total.",
    "Flattened '|' table, 'Đơn vị tính: cơ sở'; place column → location (TP Bắc Ninh, TP Từ Sơn, Yên Phong);",
    "'Các huyện còn lại' and 'Tổng cộng' stay in the province (Bắc Ninh) and their label goes to the subject.",
    "Period from the column header (Năm 2023 / Năm 2024, scored). The 'So với cùng kỳ (%)' column: percent figures,",
    "its header has no period (the 2024 period is marked inherited, not scored). Table cells get no total.",
    "Section II 'phấn đấu năm 2024 ... đạt trên 90%' → target, over.",
]

if __name__ == "__main__":
    write("p1285-3", TEXT, NOTES, FIGS, published="2024-09-30", location="Bắc Ninh")
