from lib import F, P, emit

TEXT = """UBND TỈNH ĐẮK LẮK
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 412/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Buôn Ma Thuột, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phòng, chống bệnh Dại trên động vật 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiêm phòng
Tính đến ngày 30/9/2024, toàn tỉnh đã tiêm phòng dại cho 206.400 con chó, mèo, tăng 14,6% so với cùng kỳ năm 2023, đạt 55,9% tổng đàn; chi tiết tại Bảng 1.

Bảng 1. Kết quả tiêm phòng dại theo đơn vị cấp huyện
Đơn vị tính: con
Đơn vị | Tổng đàn chó | Tổng đàn mèo | Số con đã tiêm | Tỷ lệ tiêm (%)
TP Buôn Ma Thuột | 38.420 | 12.650 | 36.180 | 70,8
Krông Pắc | 31.050 | 6.420 | 22.610 | 60,3
Cư M'gar | 27.380 | 5.110 | 17.240 | 53,1
Ea H'leo | 22.940 | 3.870 | 11.930 | 44,5
Các huyện còn lại | 186.210 | 34.950 | 118.440 | 53,6
Toàn tỉnh | 306.000 | 63.000 | 206.400 | 55,9

2. Tình hình dịch bệnh
Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 11 ổ dịch dại trên chó tại 7 huyện, thành phố; đã tiêu hủy 46 con chó. Ngành Y tế ghi nhận 3 trường hợp tử vong do bệnh dại.

II. KINH PHÍ
Tổng kinh phí mua vắc xin năm 2024 là 3,72 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,85 tỷ đồng (49,7%), người nuôi chi trả 1,87 tỷ đồng.

III. NHIỆM VỤ QUÝ IV/2024
Tổ chức tiêm bổ sung, phấn đấu tỷ lệ tiêm đạt tối thiểu 70% tổng đàn; mỗi xã, phường, thị trấn có ít nhất 01 thú y viên theo dõi đàn chó, mèo.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Thú y;
- Lưu: VT, CCCNTY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Hải
"""

LOC = "Đắk Lắk"
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

rows = [
    ("TP Buôn Ma Thuột", "Buôn Ma Thuột", "38.420", "12.650", "36.180", "70,8"),
    ("Krông Pắc", "Krông Pắc", "31.050", "6.420", "22.610", "60,3"),
    ("Cư M'gar", "Cư M'gar", "27.380", "5.110", "17.240", "53,1"),
    ("Ea H'leo", "Ea H'leo", "22.940", "3.870", "11.930", "44,5"),
    ("Các huyện còn lại", "Đắk Lắk", "186.210", "34.950", "118.440", "53,6"),
    ("Toàn tỉnh", "Đắk Lắk", "306.000", "63.000", "206.400", "55,9"),
]
cols = ["Tổng đàn chó", "Tổng đàn mèo", "Số con đã tiêm"]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


FIGS = [
    F("cho 206.400 con", "206.400", 206400, "count", "con", "chó, mèo được tiêm phòng dại", AS, percent=55.9,
      change={"direction": "increase", "value": 14.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
]
for label, loc, *cells in rows:
    rowlab = "" if label in ("Các huyện còn lại", "Toàn tỉnh") else ""
    extra = " các huyện còn lại" if label == "Các huyện còn lại" else (" toàn tỉnh" if label == "Toàn tỉnh" else "")
    prev = label
    for i, c in enumerate(cells):
        anchor = f"{prev} | {c} |" if i < 3 else f"| {cells[2]} | {c}\n"
        if i == 3:
            FIGS.append(F(anchor, c, num(c), "percent", "%", "Tỷ lệ tiêm" + extra, ASi, loc=loc))
        else:
            FIGS.append(F(anchor, c, num(c), "count", "con", cols[i] + extra, ASi, loc=loc))
        prev = c

FIGS += [
    F("xảy ra 11 ổ dịch", "11", 11, "count", "ổ dịch", "ổ dịch dại trên chó", YTD),
    F("tại 7 huyện", "7", 7, "count", "huyện, thành phố", "huyện, thành phố có ổ dịch dại", YTD),
    F("tiêu hủy 46 con", "46", 46, "count", "con", "chó bị tiêu hủy", YTD),
    F("ghi nhận 3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp tử vong do bệnh dại", YTDi),
    F("là 3,72 tỷ đồng", "3,72", 3720000000, "money", "đồng", "kinh phí mua vắc xin", Y24),
    F("hỗ trợ 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "ngân sách tỉnh hỗ trợ", Y24, total=3720000000,
      percent=49.7),
    F("chi trả 1,87 tỷ đồng", "1,87", 1870000000, "money", "đồng", "người nuôi chi trả", Y24, total=3720000000),
    F("tối thiểu 70%", "70", 70, "percent", "%", "tỷ lệ tiêm", Q4i, approx="at_least", status="target"),
    F("ít nhất 01 thú y viên", "01", 1, "count", "thú y viên", "thú y viên theo dõi đàn chó, mèo mỗi xã", Q4i,
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Đắk Lắk, 'Số: 412/BC-SNN'); place-and-date line gives published 2024-10-08.",
    "Flattened '|' table with 'Đơn vị tính: con' and a '(%)' column; every numeric cell is a figure; district rows give location,",
    "'Các huyện còn lại' and 'Toàn tỉnh' rows keep the province. Subject = column label (+ row label when it is not a place).",
    "Cells inherit 'Tính đến ngày 30/9/2024' from the text above the table (inherited). No total attribute on table cells.",
    "'tăng 14,6% so với cùng kỳ năm 2023, đạt 55,9% tổng đàn': change and percent of 206.400.",
    "'Từ đầu năm đến nay' ends at the report date; '1,85 tỷ đồng (49,7%)': total 3,72 tỷ and percent; '1,87 tỷ' total 3,72 tỷ.",
    "Section III heading 'QUÝ IV/2024' gives the targets their period (inherited). '01 thú y viên' per commune is a staffing norm: optional.",
    "Distractors: document number, title '9 tháng năm 2024' (a label of the report), section numbers I./1./2., 'Bảng 1', signer, 'Lưu: VT'.",
]

emit(4, COMMENTS, TEXT, FIGS, published="2024-10-08", default_loc=LOC)
