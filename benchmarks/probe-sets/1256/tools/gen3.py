"""p1256-3: formal report (UBND tỉnh Quảng Bình, Số: 156/BC-UBND): cross-river ferry landings, first half of 2024;
flattened '|' table of rescue equipment by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG BÌNH
Số: 156/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 12 tháng 7 năm 2024

BÁO CÁO
Công tác bảo đảm an toàn bến khách ngang sông 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
1. Toàn tỉnh hiện có 96 bến khách ngang sông, trong đó 78 bến đã được cấp giấy phép; 142 phương tiện chở khách với tổng sức chở 1.870 ghế.

2. Trang thiết bị cứu sinh tại các bến
Đơn vị tính: chiếc
Địa phương | Áo phao | Phao tròn | Xuồng cứu hộ
Lệ Thủy | 1.240 | 186 | 4
Quảng Ninh | 865 | 124 | 2
Bố Trạch | 1.032 | 157 | 3
Minh Hóa | 418 | 62 | 1
Tổng cộng | 3.555 | 529 | 10

3. Kết quả kiểm tra, xử lý
6 tháng đầu năm 2024, các lực lượng chức năng tổ chức 214 lượt kiểm tra, bằng 52,3% kế hoạch năm, phát hiện 57 trường hợp vi phạm, phạt tiền 96,5 triệu đồng, tăng 12,4% so với cùng kỳ năm 2023; trong đó 31 trường hợp không trang bị hoặc trang bị không đủ áo phao cho hành khách, chiếm 54,4%. Riêng quý II/2024 phát hiện 35 trường hợp. Không để xảy ra tai nạn chìm đò gây chết người.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu 100% bến khách ngang sông được cấp giấy phép hoạt động; bổ sung khoảng 600 áo phao và hai xuồng cứu hộ cho các bến còn thiếu, kinh phí dự kiến 450 triệu đồng.
2. Tăng cường tuyên truyền, kiểm tra việc mặc áo phao của hành khách.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

COLS = ["Áo phao", "Phao tròn", "Xuồng cứu hộ"]
ROWS = {"Lệ Thủy": ["1.240", "186", "4"], "Quảng Ninh": ["865", "124", "2"],
        "Bố Trạch": ["1.032", "157", "3"], "Minh Hóa": ["418", "62", "1"], "Tổng cộng": ["3.555", "529", "10"]}


def cells():
    out = []
    for row, vals in ROWS.items():
        prev = row
        for col, v in zip(COLS, vals):
            anchor = f"{prev} | {v}"
            if row == "Tổng cộng":
                kw = {"subject": f"{col.lower()} tổng cộng"}
            else:
                kw = {"subject": col.lower(), "location": row}
            out.append(fig(anchor, v, float(v.replace(".", "")), "count", "chiếc", **kw))
            prev = v
    return out


FIGS = [
    fig("có 96 bến", "96", 96, "count", "bến", subject="bến khách ngang sông"),
    fig("78 bến", "78", 78, "count", "bến", total=96, subject="bến đã được cấp giấy phép"),
    fig("142 phương tiện", "142", 142, "count", "phương tiện", subject="phương tiện chở khách"),
    fig("1.870 ghế", "1.870", 1870, "count", "ghế", subject="tổng sức chở của phương tiện chở khách"),
] + cells() + [
    fig("214 lượt kiểm tra", "214", 214, "count", "lượt kiểm tra", percent=52.3,
        subject="lượt kiểm tra các lực lượng chức năng tổ chức", period=H1),
    fig("phát hiện 57 trường hợp", "57", 57, "count", "trường hợp", subject="trường hợp vi phạm", period=H1),
    fig("phạt tiền 96,5 triệu", "96,5", 96.5e6, "money", "đồng",
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"), subject="tiền phạt", period=H1),
    fig("trong đó 31 trường hợp", "31", 31, "count", "trường hợp", total=57, percent=54.4,
        subject="trường hợp không trang bị hoặc trang bị không đủ áo phao cho hành khách", period=H1),
    fig("phát hiện 35 trường hợp", "35", 35, "count", "trường hợp", subject="trường hợp vi phạm phát hiện",
        period=Q2),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="bến khách ngang sông được cấp giấy phép hoạt động", period=H2),
    fig("khoảng 600 áo phao", "600", 600, "count", "áo phao", approx="about", status="target",
        subject="áo phao bổ sung cho các bến còn thiếu", period=H2),
    fig("hai xuồng", "hai", 2, "count", "xuồng cứu hộ", status="target",
        subject="xuồng cứu hộ bổ sung cho các bến còn thiếu", period=H2),
    fig("dự kiến 450 triệu", "450", 450e6, "money", "đồng", status="forecast",
        subject="kinh phí bổ sung áo phao, xuồng cứu hộ", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG BÌNH', 'Số: 156/BC-UBND', 'Quảng Bình, ngày 12 tháng 7 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: the document number, the letterhead date, section numbers, 'quý II/2024' as a period, 'năm 2023' baseline, 'b/c', signature block.",
    "Flattened '|' table, 'Đơn vị tính: chiếc': 15 cells, count in 'chiếc'; the district column is location, the column label is the subject;",
    "the equipment stock has no period (none in the table); 'Tổng cộng' row keeps the province. Table cells get no total.",
    "'trong đó 31 trường hợp' takes the whole 57 trường hợp (same thing), not the 96,5 triệu đồng just before it; 31/57 = 54,4%.",
    "'bằng 52,3% kế hoạch năm' is the percent of 214 lượt. 'Riêng quý II/2024 ... 35 trường hợp': 'riêng' is no part-of cue, no total.",
    "Section II: 'Phấn đấu' governs the continuing clauses (600 áo phao, hai xuồng: target); 'kinh phí dự kiến' has its own cue (forecast).",
    "Section heading '6 THÁNG CUỐI NĂM 2024' gives the period of section II, inherited (another line).",
]

if __name__ == "__main__":
    write("p1256-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Quảng Bình")
