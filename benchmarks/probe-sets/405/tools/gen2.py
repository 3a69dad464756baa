from lib import *

T = """ỦY BAN NHÂN DÂN
HUYỆN HẢI HẬU
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện nếp sống văn minh trong việc tang 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tổ chức tang lễ và hỏa táng
6 tháng đầu năm 2024, toàn huyện có 1.426 người từ trần. Kết quả theo khu vực như sau:

Bảng 1. Hình thức an táng theo khu vực
Đơn vị tính: ca
Khu vực | Tổng số | Hỏa táng | Địa táng | Tỷ lệ hỏa táng (%)
Các thị trấn | 218 | 201 | 17 | 92,2
Các xã ven biển | 463 | 352 | 111 | 76,0
Các xã còn lại | 745 | 584 | 161 | 78,4
Toàn huyện | 1.426 | 1.137 | 289 | 79,7

100% đám tang được tổ chức theo Quy ước của thôn, tổ dân phố; thời gian quàn ướp thi hài không quá 48 giờ. Tỷ lệ hỏa táng tăng 4,1 điểm phần trăm so với cùng kỳ năm 2023.

2. Hỗ trợ và quy tập mộ
Ngân sách huyện đã chi hỗ trợ hỏa táng 2,84 tỷ đồng (mức 2 triệu đồng/ca). Đã quy tập 412 ngôi mộ rải rác ngoài đồng về nghĩa trang tập trung, đạt 68,7% kế hoạch năm (600 mộ).

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu tỷ lệ hỏa táng cả năm 2024 đạt từ 80% trở lên; quy tập thêm ít nhất 188 ngôi mộ; 35/35 xã, thị trấn hoàn thành quy hoạch chi tiết nghĩa trang nhân dân.

Nơi nhận:
- UBND tỉnh Nam Định (b/c);
- Sở Văn hóa, Thể thao và Du lịch;
- Lưu: VT, VHTT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Thắng
"""

p6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
p6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
p24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
p24i = P("cả năm 2024", "2024-01-01", "2024-12-31", True)

rows = [("Các thị trấn", ["218", "201", "17", "92,2"]),
        ("Các xã ven biển", ["463", "352", "111", "76,0"]),
        ("Các xã còn lại", ["745", "584", "161", "78,4"]),
        ("Toàn huyện", ["1.426", "1.137", "289", "79,7"])]
cols = [("Tổng số ca từ trần", "ca"), ("Hỏa táng", "ca"), ("Địa táng", "ca"), ("Tỷ lệ hỏa táng", "%")]
figs = [F("có 1.426 người từ trần", "1.426", 1426, "count", "người", "người từ trần", period=p6)]
for label, cells in rows:
    prev = label
    for i, (c, (col, unit)) in enumerate(zip(cells, cols)):
        nxt = " |" if i < 3 else "\n"
        anchor = f"{prev} | {c}{nxt}"
        v = float(c.replace(",", ".")) if "," in c else int(c.replace(".", ""))
        kind = "percent" if unit == "%" else "count"
        # the first column counts deaths: unit 'ca' by the Đơn vị tính line
        figs.append(F(anchor, c, v, kind, "%" if unit == "%" else "ca", f"{col} {label}", period=p6i))
        prev = c

figs += [
    F("100% đám tang", "100", 100, "percent", "%", "đám tang được tổ chức theo Quy ước của thôn, tổ dân phố", period=p6i),
    F("không quá 48 giờ", "48", 48, "measure", "giờ", "thời gian quàn ướp thi hài", approx="at_most", optional=True),
    F("tăng 4,1 điểm phần trăm", "4,1", 4.1, "measure", "điểm phần trăm", "Tỷ lệ hỏa táng tăng so với cùng kỳ năm 2023", period=p6i),
    F("hỏa táng 2,84 tỷ đồng", "2,84", 2.84e9, "money", "đồng", "Ngân sách huyện chi hỗ trợ hỏa táng", period=p6i),
    F("mức 2 triệu đồng/ca", "2", 2e6, "money", "đồng/ca", "mức hỗ trợ hỏa táng"),
    F("quy tập 412 ngôi mộ", "412", 412, "count", "ngôi mộ", "ngôi mộ rải rác ngoài đồng được quy tập về nghĩa trang tập trung",
      percent=68.7, target=TG(600, "mộ"), period=p6i),
    F("đạt từ 80% trở lên", "80", 80, "percent", "%", "tỷ lệ hỏa táng", approx="at_least", status="target", period=p24),
    F("ít nhất 188 ngôi mộ", "188", 188, "count", "ngôi mộ", "ngôi mộ quy tập thêm", approx="at_least", status="target", period=p24i),
    F("35/35 xã", "35", 35, "count", "xã, thị trấn", "xã, thị trấn hoàn thành quy hoạch chi tiết nghĩa trang nhân dân", total=35, status="target", period=p24i),
]

emit(2, T, [
    "Formal report with letterhead (UBND huyện Hải Hậu, Nam Định, 'Số: 186/BC-UBND'); place-and-date line is the date.",
    "Flattened '|' table, 'Đơn vị tính: ca', last column '(%)'. Rows are area groups (not places): location Hải Hậu; subject column+row; period",
    "from the text above (inherited). No totals for table cells (Toàn huyện row is its own figure). '4,1 điểm phần trăm' stands alone as the claim",
    "(rate's rise with no rate in the sentence) -> measure figure. 'đạt 68,7% kế hoạch năm (600 mộ)': percent 68,7 and target 600.",
    "Section II targets: 'Phấn đấu' -> status target; 'từ 80% trở lên' at_least; '48 giờ' (a norm) optional.",
    "Distractors: Số 186/BC-UBND, section numbers, 'Bảng 1', 'Lưu: VT, VHTT', signer.",
], figs, published="2024-07-05", location="Hải Hậu")
