"""p1361-7: department site (Phòng Cảnh sát PCCC và CNCH, Công an tỉnh Thái Nguyên), no dateline;
one-cell-per-line table of checks by area (Năm 2023 / Ước thực hiện 2024 / Kế hoạch 2025)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CÔNG AN TỈNH THÁI NGUYÊN
PHÒNG CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ
Trang chủ | Giới thiệu | Tin tức | Hướng dẫn PCCC | Thủ tục hành chính | Liên hệ

Kết quả kiểm tra an toàn PCCC tại nhà trọ, chung cư mini

Năm 2024, Phòng Cảnh sát PCCC và CNCH phối hợp Công an các huyện, thành phố ước kiểm tra 3.850 lượt cơ sở nhà trọ, chung cư mini, tăng 12,6% so với năm 2023 và bằng 96,3% kế hoạch năm. Tính đến ngày 15/12/2024, đã xử phạt 441 trường hợp vi phạm với số tiền 1,92 tỷ đồng.

Số lượt kiểm tra theo địa bàn
Đơn vị tính: lượt cơ sở
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Thái Nguyên
1.680
1.860
2.000
TP Phổ Yên
1.050
1.215
1.350
TP Sông Công
410
455
500
Các huyện còn lại
280
320
350
Tổng số
3.420
3.850
4.200
Trong đó: chung cư mini
265
318
350

Mô hình "Camera an ninh kết hợp báo cháy" đã được nhân rộng tại 126 khu nhà trọ; 100% chung cư mini trên địa bàn tỉnh đã lắp đặt hệ thống báo cháy tự động. Lực lượng chức năng cũng hướng dẫn lắp đặt gần 900 thiết bị báo cháy độc lập tại các nhà trọ hộ gia đình.

Bài viết khác:
- Hướng dẫn lắp đặt thiết bị báo cháy độc lập cho hộ gia đình
- Thông báo tuyển sinh lớp huấn luyện nghiệp vụ PCCC khóa 3

Địa chỉ: Số 2 đường Hoàng Văn Thụ, TP Thái Nguyên
Điện thoại: 0208.3855.114 | Lượt truy cập: 1.204.557 | Đang online: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 15/12/2024", None, "2024-12-15")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
IND = "số lượt kiểm tra"
ROWS = [("TP Thái Nguyên", ["1.680", "1.860", "2.000"], "TP Thái Nguyên", ""),
        ("TP Phổ Yên", ["1.050", "1.215", "1.350"], "Phổ Yên", ""),
        ("TP Sông Công", ["410", "455", "500"], "Sông Công", ""),
        ("Các huyện còn lại", ["280", "320", "350"], "Thái Nguyên", "các huyện còn lại "),
        ("Tổng số", ["3.420", "3.850", "4.200"], "Thái Nguyên", "tổng số "),
        ("Trong đó: chung cư mini", ["265", "318", "350"], "Thái Nguyên", "chung cư mini ")]
TOTALS = [3420, 3850, 4200]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums, loc, pre in ROWS:
    prev = label
    for i, ((cname, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
        CELLS.append(fig(f"{prev}\n{n}", n, num(n), "count", "lượt cơ sở", subject=f"{IND} {pre}{cname}",
                         period=p, location=loc, **kw))
        prev = n

FIGS = [
    fig("ước kiểm tra 3.850", "3.850", 3850, "count", "lượt cơ sở", status="estimate", percent=96.3,
        change=chg("increase", 12.6, "%", "năm 2023"),
        subject="lượt cơ sở nhà trọ, chung cư mini được kiểm tra", period=Y24),
    fig("xử phạt 441", "441", 441, "count", "trường hợp", subject="trường hợp vi phạm bị xử phạt", period=ASOF),
    fig("tiền 1,92 tỷ", "1,92", 1.92e9, "money", "đồng", subject="số tiền xử phạt", period=ASOF),
] + CELLS + [
    fig("tại 126 khu", "126", 126, "count", "khu nhà trọ",
        subject="khu nhà trọ nhân rộng mô hình Camera an ninh kết hợp báo cháy"),
    fig("100% chung cư", "100", 100, "percent", "%",
        subject="chung cư mini đã lắp đặt hệ thống báo cháy tự động"),
    fig("gần 900 thiết bị", "900", 900, "count", "thiết bị", approx="nearly",
        subject="thiết bị báo cháy độc lập được hướng dẫn lắp đặt"),
]

NOTES = [
    "Department site (Phòng Cảnh sát PCCC và CNCH, Công an tỉnh Thái Nguyên): menu, related links, footer; no dateline, so no published.",
    "Distractors: 'khóa 3' (a course name), 'Số 2 đường Hoàng Văn Thụ', phone 0208.3855.114, 'Lượt truy cập: 1.204.557', 'Đang online: 23', the as-of date 15/12/2024.",
    "'ước kiểm tra 3.850 …, tăng 12,6% so với năm 2023 và bằng 96,3% kế hoạch năm': estimate; change 12,6% and percent 96,3.",
    "One-cell-per-line table ('Đơn vị tính: lượt cơ sở'): every cell is a figure; city rows go to location, 'Các huyện còn lại' and 'Tổng số' stay with the province.",
    "Column headers give period and status: 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'Trong đó: chung cư mini' follows the 'Tổng số' row: each of its cells takes the Tổng số cell of the same column as total.",
]

if __name__ == "__main__":
    write("p1361-7", TEXT, NOTES, FIGS, location="Thái Nguyên")
