"""p1316-3: formal report (UBND tỉnh Thanh Hóa, Số: 12/BC-UBND): drink-driving 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/BC-UBND
Thanh Hóa, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả kiểm tra, xử lý vi phạm nồng độ cồn năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Năm 2024, lực lượng chức năng toàn tỉnh đã kiểm tra nồng độ cồn 412.560 lượt phương tiện, phát hiện, xử lý 21.847 trường hợp vi phạm, tăng 6,2% so với năm 2023; phạt tiền 97,4 tỷ đồng, bằng 108,2% so với năm 2023; tước 17.920 giấy phép lái xe.

2. Kết quả xử lý vi phạm theo địa bàn
Đơn vị tính: trường hợp
STT | Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | TP Thanh Hóa | 4.126 | 4.518 | 109,5
2 | TP Sầm Sơn | 1.905 | 2.247 | 118,0
3 | Thị xã Nghi Sơn | 2.033 | 2.164 | 106,4
4 | Các huyện còn lại | 12.508 | 12.918 | 103,3
 | Tổng cộng | 20.572 | 21.847 | 106,2

3. Năm 2024, trên địa bàn tỉnh xảy ra 186 vụ tai nạn giao thông liên quan đến rượu, bia, giảm 23 vụ so với năm 2023, làm chết 97 người, bị thương 142 người.

II. NHIỆM VỤ NĂM 2025
Triển khai Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ, phấn đấu năm 2025 kéo giảm từ 5% đến 10% số trường hợp vi phạm nồng độ cồn so với năm 2024; 100% cán bộ, công chức, viên chức ký cam kết không điều khiển phương tiện sau khi uống rượu, bia. Dự kiến tỉnh đầu tư thêm 250 máy đo nồng độ cồn, kinh phí khoảng 3,75 tỷ đồng.

Nơi nhận:
- Ủy ban ATGT Quốc gia;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "trường hợp vi phạm nồng độ cồn"


def cell(anchor, number, place, label, col):
    pre = f"{label} " if label else ""
    if col == "pct":
        v = float(number.replace(".", "").replace(",", "."))
        return fig(anchor, number, v, "percent", "%", subject=f"{pre}{SUBJ} so với cùng kỳ", location=place)
    v = float(number.replace(".", "").replace(",", "."))
    p = Y23 if col == "2023" else Y24
    return fig(anchor, number, v, "count", "trường hợp", subject=f"{pre}{SUBJ} {p['text'].lower()}",
               period=p, location=place)


ROWS = [("TP Thanh Hóa", "TP Thanh Hóa", None, ["4.126", "4.518", "109,5"]),
        ("TP Sầm Sơn", "Sầm Sơn", None, ["1.905", "2.247", "118,0"]),
        ("Thị xã Nghi Sơn", "Nghi Sơn", None, ["2.033", "2.164", "106,4"]),
        ("Các huyện còn lại", "Thanh Hóa", "các huyện còn lại", ["12.508", "12.918", "103,3"]),
        ("Tổng cộng", "Thanh Hóa", "tổng cộng", ["20.572", "21.847", "106,2"])]
CELLS = []
for label, place, slabel, nums in ROWS:
    prev = label
    for col, n in zip(("2023", "2024", "pct"), nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, slabel, col))
        prev = n

FIGS = [
    fig("cồn 412.560 lượt", "412.560", 412560, "count", "lượt phương tiện",
        subject="lượt phương tiện được kiểm tra nồng độ cồn", period=Y24),
    fig("xử lý 21.847 trường hợp", "21.847", 21847, "count", "trường hợp",
        change=chg("increase", 6.2, "%", "năm 2023"),
        subject="trường hợp vi phạm được phát hiện, xử lý", period=Y24),
    fig("tiền 97,4 tỷ", "97,4", 97.4e9, "money", "đồng", percent=108.2, subject="tiền phạt", period=Y24),
    fig("tước 17.920 giấy phép", "17.920", 17920, "count", "giấy phép lái xe",
        subject="giấy phép lái xe bị tước", period=Y24),
] + CELLS + [
    fig("ra 186 vụ", "186", 186, "count", "vụ", change=chg("decrease", 23, "vụ", "năm 2023"),
        subject="vụ tai nạn giao thông liên quan đến rượu, bia", period=Y24),
    fig("chết 97 người", "97", 97, "count", "người",
        subject="người chết do tai nạn giao thông liên quan đến rượu, bia", period=Y24),
    fig("thương 142 người", "142", 142, "count", "người",
        subject="người bị thương do tai nạn giao thông liên quan đến rượu, bia", period=Y24),
    fig("từ 5% đến 10%", "5", 5, "percent", "%", value_max=10, status="target",
        subject="mức kéo giảm số trường hợp vi phạm nồng độ cồn", period=Y25),
    fig("100% cán bộ", "100", 100, "percent", "%", status="target",
        subject="cán bộ, công chức, viên chức ký cam kết không điều khiển phương tiện sau khi uống rượu, bia",
        period=Y25),
    fig("thêm 250 máy", "250", 250, "count", "máy đo nồng độ cồn", status="forecast",
        subject="máy đo nồng độ cồn đầu tư thêm", period=inh(Y25)),
    fig("khoảng 3,75 tỷ", "3,75", 3.75e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí đầu tư máy đo nồng độ cồn", period=inh(Y25)),
]

NOTES = [
    "Formal report (UBND tỉnh Thanh Hóa, Số: 12/BC-UBND, 'Thanh Hóa, ngày 10 tháng 01 năm 2025'), sections I/II, 'Nơi nhận'.",
    "Flattened '|' table by place, 'Đơn vị tính: trường hợp'; Năm 2023 / Năm 2024 / 'So với cùng kỳ (%)'; STT numbers are not figures.",
    "Table cells: place rows give location (TP Thanh Hóa, Sầm Sơn, Nghi Sơn); 'Các huyện còn lại' and 'Tổng cộng' stay Thanh Hóa.",
    "Percent cells of 'So với cùng kỳ (%)' have no period (the header names none). Table cells get no total.",
    "'bằng 108,2% so với năm 2023' after the fine amount is its percent (share after 'bằng').",
    "Section II 'phấn đấu năm 2025' governs both clauses (target); 'Dự kiến' sentence → forecast, year inherited from the heading/sentence before.",
    "Distractors: Số: 12/BC-UBND, the letterhead date, Nghị định số 168/2024/NĐ-CP ngày 26/12/2024, section numbers I./II./1.-3., STT 1-4.",
]

if __name__ == "__main__":
    write("p1316-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Thanh Hóa")
