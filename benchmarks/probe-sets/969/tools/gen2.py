from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử huyện Hương Sơn
Tin tức > Kinh tế > Nông nghiệp
Khống chế dịch lở mồm long móng tại xã Sơn Tây và Sơn Kim 1
Thứ Năm, 16/03/2023 - 14:10

Từ ngày 20/2 đến nay, dịch lở mồm long móng (LMLM) đã xuất hiện tại 4 thôn của xã Sơn Tây và 2 thôn của xã Sơn Kim 1, làm 137 con trâu, bò của 58 hộ mắc bệnh, trong đó 9 con bê chết phải tiêu hủy với tổng trọng lượng gần 650 kg. Theo Nghị định số 02/2017/NĐ-CP, các hộ có gia súc tiêu hủy được hỗ trợ 38.000 đồng/kg hơi.

Ngay khi phát hiện dịch, UBND huyện ban hành Quyết định số 312/QĐ-UBND công bố dịch, lập 3 chốt kiểm dịch tạm thời trên Quốc lộ 8A. Lực lượng trực chốt gồm 24 người, được hỗ trợ 150.000 đồng/người/ngày. Huyện đã xuất cấp 1.200 lít hóa chất Benkocid, 8 tấn vôi bột, phun khử trùng 3 lần/tuần tại các ổ dịch và khu vực xung quanh.

Đồng thời, Trạm Chăn nuôi và Thú y huyện tổ chức tiêm phòng bao vây 2.450 liều vắc xin LMLM cho đàn trâu, bò ở vùng khống chế, đạt 96,8% số con trong diện tiêm.

Tổng đàn trâu, bò toàn huyện hiện có 31.560 con. Từ đầu năm 2023 đến nay, huyện đã tiêm được 18.420 liều vắc xin LMLM, đạt 78% kế hoạch, thấp hơn 5% so với cùng kỳ. Nguyên nhân là nhiều hộ ở các xã vùng cao chưa chấp hành, giá vắc xin tăng lên khoảng 22.000 đồng/liều.

Hiện dịch cơ bản được khống chế, đã qua 7 ngày không phát sinh ca bệnh mới. Huyện phấn đấu công bố hết dịch trước ngày 30/4 và hoàn thành tiêm phòng vụ Xuân cho trên 85% tổng đàn.

Thu Hà (Trung tâm VH-TT&TT huyện)
"""

NOTES = [
    "Cổng TTĐT huyện Hương Sơn (Hà Tĩnh), district portal: LMLM outbreak in xã Sơn Tây and Sơn Kim 1, March 2023.",
    "Distractors: commune name 'Sơn Kim 1', 'Nghị định số 02/2017/NĐ-CP', 'Quyết định số 312/QĐ-UBND', 'Quốc lộ 8A', 'trước ngày 30/4',",
    "dateline 'Thứ Năm, 16/03/2023 - 14:10', 'VH-TT&TT'. Location: the district (the communes lie in it).",
    "'Từ ngày 20/2 đến nay' takes 2023 from the dateline and ends at it. 9 con bê after 'trong đó' are part of the 137 sick animals.",
    "'3 lần/tuần' (a procedure's frequency) and '7 ngày' without new cases are optional.",
    "'thấp hơn 5% so với cùng kỳ' is the change of 18.420 liều (cf. h09: gap after the share goes to the count).",
]

d20 = P("Từ ngày 20/2 đến nay", "2023-02-20", "2023-03-16")
ytd = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-03-16")

FIGS = [
    F("tại 4 thôn", "4", 4, "count", "thôn", "thôn có dịch LMLM", d20),
    F("và 2 thôn", "2", 2, "count", "thôn", "thôn có dịch LMLM", d20),
    F("làm 137 con", "137", 137, "count", "con", "trâu, bò mắc bệnh LMLM", d20),
    F("của 58 hộ", "58", 58, "count", "hộ", "hộ có trâu, bò mắc bệnh", d20),
    F("9 con bê", "9", 9, "count", "con", "bê chết phải tiêu hủy", d20, total=137),
    F("gần 650 kg", "650", 650, "measure", "kg", "tổng trọng lượng gia súc tiêu hủy", d20, approx="nearly"),
    F("hỗ trợ 38.000 đồng/kg hơi", "38.000", 38000, "money", "đồng/kg hơi", "mức hỗ trợ cho hộ có gia súc tiêu hủy"),
    F("lập 3 chốt", "3", 3, "count", "chốt", "chốt kiểm dịch tạm thời"),
    F("gồm 24 người", "24", 24, "count", "người", "lực lượng trực chốt"),
    F("150.000 đồng/người/ngày", "150.000", 150000, "money", "đồng/người/ngày", "mức hỗ trợ lực lượng trực chốt"),
    F("cấp 1.200 lít", "1.200", 1200, "measure", "lít", "hóa chất Benkocid xuất cấp"),
    F("8 tấn vôi bột", "8", 8, "measure", "tấn", "vôi bột xuất cấp"),
    F("phun khử trùng 3 lần/tuần", "3", 3, "measure", "lần/tuần", "tần suất phun khử trùng tại các ổ dịch", optional=True),
    F("bao vây 2.450 liều", "2.450", 2450, "count", "liều", "liều vắc xin LMLM tiêm phòng bao vây", percent=96.8),
    F("hiện có 31.560 con", "31.560", 31560, "count", "con", "tổng đàn trâu, bò"),
    F("tiêm được 18.420 liều", "18.420", 18420, "count", "liều", "liều vắc xin LMLM đã tiêm", ytd, percent=78,
      change=C("decrease", 5, "%", "cùng kỳ")),
    F("khoảng 22.000 đồng/liều", "22.000", 22000, "money", "đồng/liều", "giá vắc xin", approx="about"),
    F("qua 7 ngày", "7", 7, "measure", "ngày", "thời gian không phát sinh ca bệnh mới", optional=True),
    F("trên 85% tổng đàn", "85", 85, "percent", "%", "tỷ lệ tiêm phòng vụ Xuân", approx="over", status="target"),
]

write("p969-2", TEXT, NOTES, FIGS, published="2023-03-16", location="Hương Sơn")
