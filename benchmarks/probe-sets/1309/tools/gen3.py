"""p1309-3: formal report (UBND tỉnh Hòa Bình, Số: 112/BC-UBND): traffic safety in fog, quý I/2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÒA BÌNH
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 05 tháng 4 năm 2024

BÁO CÁO
Kết quả bảo đảm trật tự an toàn giao thông trong điều kiện sương mù quý I năm 2024

I. TÌNH HÌNH CHUNG
Quý I/2024, trên địa bàn tỉnh có 41 ngày xuất hiện sương mù, nhiều hơn 9 ngày so với quý I/2023; trong đó 12 ngày sương mù dày đặc, tầm nhìn xa dưới 100 m, tập trung trên Quốc lộ 6 qua đèo Thung Khe (huyện Mai Châu).

II. KẾT QUẢ THỰC HIỆN
1. Tai nạn giao thông
Trong quý I/2024, toàn tỉnh xảy ra 38 vụ tai nạn giao thông, làm chết 21 người, bị thương 29 người; so với cùng kỳ giảm 6 vụ (giảm 13,6%), giảm 3 người chết, tăng 4 người bị thương. Trong đó, 9 vụ xảy ra khi có sương mù, chiếm 23,7% tổng số vụ. Mức giảm số vụ tai nạn đứng thứ 3 khu vực trung du và miền núi phía Bắc.

2. Tai nạn giao thông theo địa bàn
Đơn vị tính: vụ, người
Địa bàn | Số vụ | Số người chết | Số người bị thương
Huyện Mai Châu | 7 | 5 | 6
Huyện Tân Lạc | 6 | 4 | 5
Huyện Lương Sơn | 9 | 4 | 8
Thành phố Hòa Bình | 8 | 3 | 6
Các huyện còn lại | 8 | 5 | 4
Tổng cộng | 38 | 21 | 29

3. Công tác bảo đảm an toàn giao thông
Lực lượng Cảnh sát giao thông tổ chức 186 ca tuần tra, xử lý 2.415 trường hợp vi phạm, phạt tiền hơn 3,2 tỷ đồng, bằng 108% cùng kỳ. Sở Giao thông vận tải lắp bổ sung 64 biển cảnh báo và 1.850 m hộ lan tôn lượn sóng trên các đoạn đèo thường có sương mù.

III. NHIỆM VỤ QUÝ II NĂM 2024
Phấn đấu giảm từ 5% đến 10% số vụ tai nạn giao thông so với cùng kỳ; hoàn thành lắp đặt 3,5 km đèn chiếu sáng trên đèo Thung Khe, huyện Mai Châu trước ngày 30/6/2024.

Nơi nhận:
- Ủy ban An toàn giao thông Quốc gia (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, BATGT.
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = per("Trong quý I/2024", "2024-01-01", "2024-03-31")
Q2 = per("QUÝ II NĂM 2024", "2024-04-01", "2024-06-30")
BY = per("trước ngày 30/6/2024", None, "2024-06-30")

COLS = [("Số vụ", "vụ", "số vụ tai nạn giao thông"), ("Số người chết", "người", "số người chết"),
        ("Số người bị thương", "người", "số người bị thương")]
ROWS = [("Huyện Mai Châu", "Mai Châu", ["7", "5", "6"]), ("Huyện Tân Lạc", "Tân Lạc", ["6", "4", "5"]),
        ("Huyện Lương Sơn", "Lương Sơn", ["9", "4", "8"]), ("Thành phố Hòa Bình", "Hòa Bình", ["8", "3", "6"]),
        ("Các huyện còn lại", None, ["8", "5", "4"]), ("Tổng cộng", None, ["38", "21", "29"])]
# anchors like "7 | 5" are not unique: each anchor is the row label with the cells up to this one
CELLS = []
for label, place, nums in ROWS:
    for i, ((col, unit, subj), n) in enumerate(zip(COLS, nums)):
        anchor = label + " | " + " | ".join(nums[:i + 1])
        kw = {"location": place} if place else {}
        if place:
            s = subj
        elif label == "Tổng cộng":
            s = f"tổng cộng {subj}"
        else:
            s = f"{subj} các huyện còn lại"
        CELLS.append(fig(anchor, n, float(n), "count", unit, subject=s, period=inh(Q1), **kw))

FIGS = [
    fig("có 41 ngày", "41", 41, "count", "ngày", change=chg("increase", 9, "ngày", "quý I/2023"),
        subject="ngày xuất hiện sương mù", period=Q1),
    fig("trong đó 12 ngày", "12", 12, "count", "ngày", total=41, subject="ngày sương mù dày đặc", period=Q1),
    fig("dưới 100 m", "100", 100, "measure", "m", approx="under", subject="tầm nhìn xa", period=Q1),
    fig("xảy ra 38 vụ", "38", 38, "count", "vụ", change=chg("decrease", 6, "vụ", "cùng kỳ"),
        subject="vụ tai nạn giao thông", period=Q1b),
    fig("giảm 13,6%", "13,6", 13.6, "percent", "%", subject="số vụ tai nạn giao thông giảm", period=Q1b,
        optional=True),
    fig("làm chết 21 người", "21", 21, "count", "người", change=chg("decrease", 3, "người", "cùng kỳ"),
        subject="người chết do tai nạn giao thông", period=Q1b),
    fig("bị thương 29 người", "29", 29, "count", "người", change=chg("increase", 4, "người", "cùng kỳ"),
        subject="người bị thương do tai nạn giao thông", period=Q1b),
    fig("Trong đó, 9 vụ", "9", 9, "count", "vụ", total=38, percent=23.7,
        subject="vụ tai nạn xảy ra khi có sương mù", period=inh(Q1b)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="mức giảm số vụ tai nạn", period=inh(Q1b)),
] + CELLS + [
    fig("tổ chức 186 ca", "186", 186, "count", "ca tuần tra", subject="ca tuần tra Cảnh sát giao thông tổ chức",
        period=inh(Q1)),
    fig("xử lý 2.415 trường hợp", "2.415", 2415, "count", "trường hợp", subject="trường hợp vi phạm bị xử lý",
        period=inh(Q1)),
    fig("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="over", percent=108, subject="phạt tiền",
        period=inh(Q1)),
    fig("bổ sung 64 biển", "64", 64, "count", "biển cảnh báo", subject="biển cảnh báo lắp bổ sung",
        period=inh(Q1)),
    fig("1.850 m", "1.850", 1850, "measure", "m", subject="hộ lan tôn lượn sóng lắp bổ sung", period=inh(Q1)),
    fig("từ 5% đến 10%", "5", 5, "percent", "%", value_max=10, status="target",
        subject="giảm số vụ tai nạn giao thông so với cùng kỳ", period=inh(Q2)),
    fig("3,5 km", "3,5", 3.5, "measure", "km", status="target", subject="đèn chiếu sáng lắp đặt trên đèo Thung Khe",
        period=BY, location="Mai Châu"),
]

NOTES = [
    "revised after the first run: casualty subjects name their cause ('người chết do tai nạn giao thông', not 'người chết').",
    "Formal report: 'UBND TỈNH HÒA BÌNH', 'Số: 112/BC-UBND', 'Hòa Bình, ngày 05 tháng 4 năm 2024' (published), sections I-III, 'Nơi nhận'.",
    "Distractors: Số 112/BC-UBND, the letterhead date, 'Quốc lộ 6', section numbers I./II./III. and 1./2./3., '30/6/2024', 'b/c'.",
    "'nhiều hơn 9 ngày so với quý I/2023' = change of 41 ngày (unit ngày). '12 ngày' after 'trong đó' takes total 41.",
    "'tầm nhìn xa dưới 100 m' describes the 12 dense-fog days: measure, under, province-level (Mai Châu is where they concentrate).",
    "'giảm 6 vụ (giảm 13,6%)': first change is the attribute of 38 vụ; the bracketed 13,6% is a second change -> optional percent.",
    "'9 vụ ..., chiếm 23,7% tổng số vụ' after 'Trong đó' + sentence break: total 38, percent 23.7.",
    "Flattened table, 'Đơn vị tính: vụ, người': district rows -> location (TP Hòa Bình -> Hòa Bình); 'Các huyện còn lại' and",
    "'Tổng cộng' stay province; cells get no total; no period in the headers -> period inherited from quý I/2024 (not scored).",
    "'phạt tiền hơn 3,2 tỷ đồng, bằng 108% cùng kỳ': percent attribute 108.",
    "Section III 'Phấn đấu' -> target for both clauses; 'trước ngày 30/6/2024' -> end date; 3,5 km located in Mai Châu (named).",
]

if __name__ == "__main__":
    write("p1309-3", TEXT, NOTES, FIGS, published="2024-04-05", location="Hòa Bình")
