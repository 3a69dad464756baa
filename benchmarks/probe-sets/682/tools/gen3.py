import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """UBND TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 298/BC-UBND
Quảng Ninh, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng 9 tháng năm 2024

Thực hiện Kế hoạch số 156/KH-UBND ngày 20/3/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. TÌNH HÌNH CHUNG
9 tháng năm 2024, trên địa bàn tỉnh xảy ra 214 vụ lừa đảo chiếm đoạt tài sản qua mạng, giảm 9,3% so với cùng kỳ năm 2023; thiệt hại ước khoảng 64,5 tỷ đồng. Trong đó, 158 vụ xảy ra tại 4 địa phương: thành phố Hạ Long (71 vụ), Cẩm Phả (39 vụ), Uông Bí (27 vụ), Móng Cái (21 vụ).

II. KẾT QUẢ THỰC HIỆN
Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch năm 2024
Số vụ được phát hiện, điều tra làm rõ | vụ | 97 | 126 | 150
Số đối tượng bị khởi tố | đối tượng | 112 | 148 | 170
Số tiền thu hồi cho bị hại | tỷ đồng | 8,6 | 14,2 | 20
Tài khoản ngân hàng bị phong tỏa | tài khoản | 1.840 | 2.615 | 3.000

Sở Thông tin và Truyền thông đã phối hợp chặn, gỡ 87 trang web giả mạo cơ quan nhà nước, ngân hàng; đề nghị nhà mạng thu hồi 3.460 thuê bao di động chưa chuẩn hóa thông tin. Tỷ lệ làm rõ án lừa đảo qua mạng đạt 58,9%, thấp hơn 1,1% so với chỉ tiêu (60%).

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến tổ chức 12 hội nghị tuyên truyền tại các trường đại học, cao đẳng với khoảng 6.000 học sinh, sinh viên tham dự. (Đầu mối: Phòng An ninh mạng, Công an tỉnh, số 2 đường Nguyễn Văn Cừ, điện thoại 0203.3835.113.)

Nơi nhận:
- Bộ Công an;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")


def row(label, unit, kind, mult, cells, anchors):
    out = []
    for (num, per, col, st), anc in zip(cells, anchors):
        kw = {"status": "target"} if st else {}
        out.append(F(anc, num, parse_num(num) * mult, kind, unit, f"{label} {col}", per, **kw))
    return out


def cells(a, b, c):
    return [(a, C23, "9 tháng 2023", False), (b, C24, "9 tháng 2024", False), (c, KH, "kế hoạch năm 2024", True)]


FIGS = [
    F("xảy ra 214 vụ", "214", 214, "count", "vụ", "vụ lừa đảo chiếm đoạt tài sản qua mạng xảy ra trên địa bàn tỉnh", M9,
      change=CH("decrease", 9.3, "%", "cùng kỳ năm 2023")),
    F("ước khoảng 64,5 tỷ đồng", "64,5", 64.5e9, "money", "đồng", "thiệt hại", M9, approx="about", status="estimate"),
    F("Trong đó, 158 vụ", "158", 158, "count", "vụ", "vụ xảy ra tại 4 địa phương", I(M9), total=214),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương có nhiều vụ lừa đảo qua mạng", I(M9)),
    F("Hạ Long (71 vụ)", "71", 71, "count", "vụ", "vụ lừa đảo chiếm đoạt tài sản qua mạng", I(M9), total=158, location="Hạ Long"),
    F("Cẩm Phả (39 vụ)", "39", 39, "count", "vụ", "vụ lừa đảo chiếm đoạt tài sản qua mạng", I(M9), total=158, location="Cẩm Phả"),
    F("Uông Bí (27 vụ)", "27", 27, "count", "vụ", "vụ lừa đảo chiếm đoạt tài sản qua mạng", I(M9), total=158, location="Uông Bí"),
    F("Móng Cái (21 vụ)", "21", 21, "count", "vụ", "vụ lừa đảo chiếm đoạt tài sản qua mạng", I(M9), total=158, location="Móng Cái"),
]
FIGS += row("Số vụ được phát hiện, điều tra làm rõ", "vụ", "count", 1, cells("97", "126", "150"),
            ["vụ | 97", "97 | 126", "126 | 150"])
FIGS += row("Số đối tượng bị khởi tố", "đối tượng", "count", 1, cells("112", "148", "170"),
            ["đối tượng | 112", "112 | 148", "148 | 170"])
FIGS += row("Số tiền thu hồi cho bị hại", "đồng", "money", 1e9, cells("8,6", "14,2", "20"),
            ["tỷ đồng | 8,6", "8,6 | 14,2", "14,2 | 20"])
FIGS += row("Tài khoản ngân hàng bị phong tỏa", "tài khoản", "count", 1, cells("1.840", "2.615", "3.000"),
            ["tài khoản | 1.840", "1.840 | 2.615", "2.615 | 3.000"])
FIGS += [
    F("gỡ 87 trang web", "87", 87, "count", "trang web", "trang web giả mạo cơ quan nhà nước, ngân hàng bị chặn, gỡ", I(M9)),
    F("thu hồi 3.460 thuê bao", "3.460", 3460, "count", "thuê bao", "thuê bao di động chưa chuẩn hóa thông tin bị thu hồi", I(M9)),
    F("đạt 58,9%", "58,9", 58.9, "percent", "%", "Tỷ lệ làm rõ án lừa đảo qua mạng", I(M9),
      change=CH("decrease", 1.1, "%", "chỉ tiêu"), target=TG(60, "%", False)),
    F("tổ chức 12 hội nghị", "12", 12, "count", "hội nghị", "hội nghị tuyên truyền tại các trường đại học, cao đẳng", I(Q4),
      status="forecast"),
    F("khoảng 6.000 học sinh", "6.000", 6000, "count", "học sinh, sinh viên", "học sinh, sinh viên tham dự hội nghị tuyên truyền",
      I(Q4), approx="about", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Quảng Ninh, Báo cáo số 298/BC-UBND ngày 07/10/2024: phòng, chống lừa đảo qua mạng 9 tháng năm 2024, flattened '|' table.",
    "Letterhead and 'Quảng Ninh, ngày 07 tháng 10 năm 2024' give published. Document numbers, 'Bảng 1', section numbers, address and phone are not figures.",
    "The four city items after '158 vụ xảy ra tại 4 địa phương:' add up to 158 and follow it: total 158 (the colon stands after '4 địa phương',",
    "  which counts places, not cases; the whole is the figure counting the same thing). '158 vụ' after 'Trong đó' takes total 214.",
    "Table: unit from the 'Đơn vị' column ('tỷ đồng' -> x1e9 đồng), period from column headers (scored, as shared h23),",
    "  'Kế hoạch năm 2024' column -> status target; the plan cell is a figure of its own, not the actual cells' target.",
    "'thiệt hại ước khoảng' -> estimate + about; 'Dự kiến' in section III -> forecast, period from the heading QUÝ IV/2024 (inherited).",
    "'đạt 58,9%, thấp hơn 1,1% so với chỉ tiêu (60%)' -> change decrease 1.1 vs chỉ tiêu, target 60 (met false), as shared h09.",
]

if __name__ == "__main__":
    emit("p682-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Quảng Ninh")
