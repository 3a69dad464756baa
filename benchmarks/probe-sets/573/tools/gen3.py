"""p573-3: formal report (UBND tỉnh Quảng Ngãi), land disputes and complaints settled, 9 months 2024, '|' table."""
from lib import F, P, INH, CH, emit

TEXT = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI                         Độc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND                    Quảng Ngãi, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả giải quyết tranh chấp, khiếu nại về đất đai 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận đơn
9 tháng năm 2024, các cơ quan hành chính nhà nước trên địa bàn tỉnh tiếp nhận 1.284 đơn liên quan đến đất đai, giảm 9,6% so với cùng kỳ năm 2023, bình quân 10,3 đơn/vạn dân; trong đó 612 đơn tranh chấp, 427 đơn khiếu nại, 245 đơn kiến nghị, phản ánh. Số đơn thuộc thẩm quyền giải quyết là 866 đơn, chiếm 67,4%.

2. Kết quả giải quyết
Đã giải quyết 731/866 đơn thuộc thẩm quyền, đạt 84,4% (cùng kỳ đạt 79,1%). Kết quả theo cấp giải quyết:
Cấp | Thụ lý (đơn) | Đã giải quyết (đơn) | Tỷ lệ (%)
Cấp tỉnh | 58 | 41 | 70,7
Cấp huyện | 302 | 249 | 82,5
Cấp xã | 506 | 441 | 87,2
Thông qua hòa giải ở cơ sở, 318 vụ tranh chấp được hòa giải thành, chiếm khoảng 52% số vụ tranh chấp. Qua giải quyết đã trả lại cho công dân 2,86 ha đất, kiến nghị thu hồi 14,7 ha đất sử dụng sai mục đích.

Hiện còn 135 đơn đang giải quyết, trong đó có 22 đơn quá thời hạn, tập trung tại thị xã Đức Phổ (9 đơn) và huyện Bình Sơn (7 đơn).

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu đến ngày 31/12/2024, tỷ lệ giải quyết đơn thuộc thẩm quyền đạt trên 90%; không để phát sinh đơn quá hạn mới.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Thanh tra Chính phủ;
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
I9 = INH(M9)

FIGS = [
    F("tiếp nhận 1.284 đơn", "1.284", 1284, "count", "đơn", "đơn liên quan đến đất đai tiếp nhận", M9,
      change=CH("decrease", 9.6, "%", "cùng kỳ năm 2023")),
    F("bình quân 10,3 đơn/vạn dân", "10,3", 10.3, "measure", "đơn/vạn dân", "đơn liên quan đến đất đai bình quân", M9),
    F("trong đó 612 đơn", "612", 612, "count", "đơn", "đơn tranh chấp", M9, total=1284),
    F("427 đơn khiếu nại", "427", 427, "count", "đơn", "đơn khiếu nại", M9, total=1284),
    F("245 đơn kiến nghị", "245", 245, "count", "đơn", "đơn kiến nghị, phản ánh", M9, total=1284),
    F("là 866 đơn", "866", 866, "count", "đơn", "đơn thuộc thẩm quyền giải quyết", I9, percent=67.4),
    F("giải quyết 731/866", "731", 731, "count", "đơn", "đơn thuộc thẩm quyền đã giải quyết", I9,
      total=866, percent=84.4),
    F("cùng kỳ đạt 79,1%", "79,1", 79.1, "percent", "%", "tỷ lệ giải quyết đơn thuộc thẩm quyền cùng kỳ"),
    # table: Cấp | Thụ lý (đơn) | Đã giải quyết (đơn) | Tỷ lệ (%)
    F("Cấp tỉnh | 58", "58", 58, "count", "đơn", "đơn thụ lý cấp tỉnh", I9),
    F("58 | 41", "41", 41, "count", "đơn", "đơn đã giải quyết cấp tỉnh", I9),
    F("70,7", "70,7", 70.7, "percent", "%", "tỷ lệ giải quyết cấp tỉnh", I9),
    F("Cấp huyện | 302", "302", 302, "count", "đơn", "đơn thụ lý cấp huyện", I9),
    F("302 | 249", "249", 249, "count", "đơn", "đơn đã giải quyết cấp huyện", I9),
    F("82,5", "82,5", 82.5, "percent", "%", "tỷ lệ giải quyết cấp huyện", I9),
    F("Cấp xã | 506", "506", 506, "count", "đơn", "đơn thụ lý cấp xã", I9),
    F("506 | 441", "441", 441, "count", "đơn", "đơn đã giải quyết cấp xã", I9),
    F("87,2", "87,2", 87.2, "percent", "%", "tỷ lệ giải quyết cấp xã", I9),
    F("318 vụ tranh chấp", "318", 318, "count", "vụ tranh chấp", "vụ tranh chấp được hòa giải thành", I9, percent=52),
    F("công dân 2,86 ha", "2,86", 2.86, "measure", "ha", "đất trả lại cho công dân", I9),
    F("thu hồi 14,7 ha", "14,7", 14.7, "measure", "ha", "đất sử dụng sai mục đích kiến nghị thu hồi", I9),
    F("còn 135 đơn", "135", 135, "count", "đơn", "đơn đang giải quyết"),
    F("có 22 đơn", "22", 22, "count", "đơn", "đơn quá thời hạn", total=135),
    F("(9 đơn)", "9", 9, "count", "đơn", "đơn quá thời hạn", location="Đức Phổ"),
    F("(7 đơn)", "7", 7, "count", "đơn", "đơn quá thời hạn", location="Bình Sơn"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ giải quyết đơn thuộc thẩm quyền",
      P("đến ngày 31/12/2024", None, "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "p573-3 — Báo cáo số 214/BC-UBND của UBND tỉnh Quảng Ngãi: giải quyết tranh chấp, khiếu nại đất đai 9 tháng 2024 (invented).",
    "Published from the place-and-date line 'Quảng Ngãi, ngày 18 tháng 10 năm 2024'. Flattened '|' table with units in the column headers.",
    "Table: every cell a figure, subject = column + row label (Cấp tỉnh/huyện/xã are levels, not places); no period in the headers,",
    "so the report's '9 tháng năm 2024' is inherited. 'đơn/vạn dân' is a rate (vạn dân is its denominator, not a figure).",
    "'(cùng kỳ đạt 79,1%)' after the share 84,4% is a percent figure of its own. 'Đức Phổ (9 đơn)', 'Bình Sơn (7 đơn)' do not add up to 22: no total.",
    "'chiếm 67,4%' gives 866 a share, not a total (no part-of cue). Distractors: Số: 214/BC-UBND, section numbers I./1./2./II., 'QUÝ IV NĂM 2024' heading.",
]

if __name__ == "__main__":
    emit("p573-3", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Quảng Ngãi")
