"""p1155-3: formal report (UBND tỉnh Lào Cai), network operation 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LÀO CAI
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả vận hành mạng lưới trạm khí tượng, đo mưa tự động năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới trạm
Tính đến ngày 30/11/2023, toàn tỉnh có 156 trạm quan trắc tự động, tăng 23 trạm so với cuối năm 2022. Phân bố theo địa bàn như sau:
Đơn vị tính: trạm
Địa bàn | Trạm khí tượng | Trạm đo mưa | Cộng
Bát Xát | 4 | 22 | 26
Sa Pa | 5 | 19 | 24
Bắc Hà | 3 | 17 | 20
Các địa bàn còn lại | 12 | 74 | 86
Tổng cộng | 24 | 132 | 156

2. Chất lượng số liệu
Năm 2023, tỷ lệ số liệu truyền về đầy đủ, kịp thời đạt 96,4% (chỉ tiêu 95%). Có 9 trạm bị gián đoạn trên 72 giờ do sét đánh, mất sóng; đã khắc phục 100% sự cố.

3. Kinh phí
Kinh phí duy tu, bảo dưỡng năm 2023 là 2,34 tỷ đồng, bằng 97,5% dự toán; bình quân khoảng 15 triệu đồng/trạm/năm.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tỷ lệ số liệu đầy đủ đạt trên 97%; lắp đặt bổ sung 18 trạm đo mưa tại các xã có nguy cơ lũ quét, sạt lở cao; hoàn thành kết nối dữ liệu với hệ thống của Bộ trước ngày 30/6/2024.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở TN&MT, Sở NN&PTNT;
- Lưu: VT, TNMT2.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Đức
"""

ASOF = per("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31")
COLS = {"kt": "trạm khí tượng", "mua": "trạm đo mưa", "cong": "trạm quan trắc tự động cộng"}


def cell(anchor, number, value, row, col):
    place = row if row in ("Bát Xát", "Sa Pa", "Bắc Hà") else None
    subj = COLS[col] if place else f"{COLS[col]} {row.lower()}"
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "count", "trạm", subject=subj, period=inh(ASOF), **kw)


FIGS = [
    fig("có 156 trạm", "156", 156, "count", "trạm", change=chg("increase", 23, "trạm", "cuối năm 2022"),
        subject="trạm quan trắc tự động", period=ASOF),
    cell("Bát Xát | 4", "4", 4, "Bát Xát", "kt"),
    cell("4 | 22", "22", 22, "Bát Xát", "mua"),
    cell("22 | 26", "26", 26, "Bát Xát", "cong"),
    cell("Sa Pa | 5", "5", 5, "Sa Pa", "kt"),
    cell("5 | 19", "19", 19, "Sa Pa", "mua"),
    cell("19 | 24", "24", 24, "Sa Pa", "cong"),
    cell("Bắc Hà | 3", "3", 3, "Bắc Hà", "kt"),
    cell("3 | 17", "17", 17, "Bắc Hà", "mua"),
    cell("17 | 20", "20", 20, "Bắc Hà", "cong"),
    cell("còn lại | 12", "12", 12, "Các địa bàn còn lại", "kt"),
    cell("12 | 74", "74", 74, "Các địa bàn còn lại", "mua"),
    cell("74 | 86", "86", 86, "Các địa bàn còn lại", "cong"),
    cell("Tổng cộng | 24", "24", 24, "Tổng cộng", "kt"),
    cell("24 | 132", "132", 132, "Tổng cộng", "mua"),
    cell("132 | 156", "156", 156, "Tổng cộng", "cong"),
    fig("đạt 96,4%", "96,4", 96.4, "percent", "%", target=tgt(95),
        subject="tỷ lệ số liệu truyền về đầy đủ, kịp thời", period=Y23),
    fig("Có 9 trạm", "9", 9, "count", "trạm", subject="trạm bị gián đoạn trên 72 giờ do sét đánh, mất sóng",
        period=inh(Y23)),
    fig("trên 72 giờ", "72", 72, "measure", "giờ", approx="over", subject="thời gian gián đoạn", optional=True),
    fig("khắc phục 100%", "100", 100, "percent", "%", subject="sự cố đã khắc phục", period=inh(Y23)),
    fig("là 2,34 tỷ", "2,34", 2.34e9, "money", "đồng", percent=97.5,
        subject="kinh phí duy tu, bảo dưỡng", period=Y23b),
    fig("khoảng 15 triệu", "15", 15e6, "money", "đồng/trạm/năm", approx="about",
        subject="kinh phí duy tu, bảo dưỡng bình quân", period=Y23b),
    fig("trên 97%", "97", 97, "percent", "%", approx="over", status="target",
        subject="tỷ lệ số liệu đầy đủ", period=inh(Y24)),
    fig("bổ sung 18 trạm", "18", 18, "count", "trạm", status="target",
        subject="trạm đo mưa lắp đặt bổ sung tại các xã có nguy cơ lũ quét, sạt lở cao", period=inh(Y24)),
]

NOTES = [
    "revised after the first run: subject of 'khắc phục 100% sự cố' was 'tỷ lệ sự cố được khắc phục'; 'tỷ lệ' is not in the sentence (X% N → N): 'sự cố đã khắc phục'.",
    "Formal report: 'UBND TỈNH LÀO CAI', 'Số: 356/BC-UBND', 'Lào Cai, ngày 18 tháng 12 năm 2023', sections I/II, 1-3, 'Nơi nhận', signature.",
    "Flattened '|' table, 'Đơn vị tính: trạm', rows are districts (→ location) plus 'Các địa bàn còn lại' and 'Tổng cộng' (→ subject, location Lào Cai).",
    "Table periods: the as-of date stands in the sentence before the table: inherited. Table cells get no total.",
    "'(chỉ tiêu 95%)' is the target of 96,4%. 'bằng 97,5% dự toán' is the share (percent) of 2,34 tỷ. 'trên 72 giờ' is a threshold: optional.",
    "Section II under 'PHƯƠNG HƯỚNG NĂM 2024' with 'Phấn đấu' (continuing after ';'): target, period inherited from the heading.",
    "Distractors: Số: 356/BC-UBND, section numbers, 'TNMT2', 'trước ngày 30/6/2024' (a deadline, no figure), signature name.",
]

if __name__ == "__main__":
    write("p1155-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Lào Cai")
