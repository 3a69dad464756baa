from lib import *

TEXT = """Hà Tĩnh: Hơn 1.100 tỷ đồng vốn vay giúp người lao động đi làm việc ở nước ngoài

THU TRANG 07:30, 21/10/2024

(Baohatinh.vn) - Tính đến 30/9/2024, tổng dư nợ cho vay hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng tại Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh Hà Tĩnh đạt 1.126,4 tỷ đồng, chiếm 11,2% tổng dư nợ của chi nhánh, với 9.874 khách hàng còn dư nợ.

Từ đầu năm đến nay, chi nhánh đã giải ngân 312,7 tỷ đồng, tăng 18,3% so với cùng kỳ năm 2023, cho 2.105 lao động vay vốn; trong đó có 1.364 lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và người dân tộc thiểu số. Hiện chi nhánh áp dụng lãi suất 3,96%/năm đối với nhóm đối tượng này và 6,6%/năm đối với các đối tượng khác, theo Nghị định số 74/2019/NĐ-CP.

Trên địa bàn tỉnh, các huyện có dư nợ lớn là Thạch Hà 168,5 tỷ đồng, Can Lộc 142,3 tỷ đồng, Cẩm Xuyên 131 tỷ đồng; thị xã Kỳ Anh đạt gần 97 tỷ đồng. Nợ quá hạn chỉ chiếm 0,18% tổng dư nợ chương trình, giảm 0,05 điểm phần trăm so với cuối năm 2023.

Ông Trần Văn Hòa (SN 1984), trú tại tổ dân phố 5, thị trấn Nghèn (Can Lộc) cho biết, năm 2022 gia đình ông vay 150 triệu đồng cho con trai sang Nhật Bản. Bình quân mỗi lao động đi làm việc ở nước ngoài gửi về gia đình từ 200 đến 300 triệu đồng/năm, nhiều hộ đã trả hết nợ vay trước hạn.

Năm 2024, NHCSXH chi nhánh Hà Tĩnh phấn đấu giải ngân 420 tỷ đồng cho vay xuất khẩu lao động, tăng trưởng dư nợ trên 10%. Chi nhánh đề nghị chính quyền các cấp tiếp tục phối hợp rà soát, hướng dẫn người lao động về nước đúng hạn để trả nợ, tránh phát sinh nợ xấu.
"""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21", inh=True)
DN = "dư nợ cho vay hỗ trợ người lao động đi làm việc ở nước ngoài"
figs = [
    F("Hơn 1.100 tỷ đồng", "1.100", 1100e9, "money", "đồng", "vốn vay giúp người lao động đi làm việc ở nước ngoài",
      approx="over"),
    F("đạt 1.126,4 tỷ đồng", "1.126,4", 1126.4e9, "money", "đồng",
      "tổng dư nợ cho vay hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng", AS, percent=11.2),
    F("với 9.874 khách hàng", "9.874", 9874, "count", "khách hàng", "khách hàng còn dư nợ", AS),
    F("giải ngân 312,7 tỷ đồng", "312,7", 312.7e9, "money", "đồng", "vốn cho vay giải ngân", YTD,
      change=C("increase", 18.3, "%", "cùng kỳ năm 2023")),
    F("cho 2.105 lao động", "2.105", 2105, "count", "lao động", "lao động vay vốn", YTD),
    F("có 1.364 lao động", "1.364", 1364, "count", "lao động",
      "lao động vay vốn thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và người dân tộc thiểu số", YTD, total=2105),
    F("lãi suất 3,96%/năm", "3,96", 3.96, "percent", "%", "lãi suất cho vay đối với nhóm hộ nghèo, cận nghèo, dân tộc thiểu số"),
    F("và 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay đối với các đối tượng khác"),
    F("Thạch Hà 168,5 tỷ đồng", "168,5", 168.5e9, "money", "đồng", DN, ASi, location="Thạch Hà"),
    F("Can Lộc 142,3 tỷ đồng", "142,3", 142.3e9, "money", "đồng", DN, ASi, location="Can Lộc"),
    F("Cẩm Xuyên 131 tỷ đồng", "131", 131e9, "money", "đồng", DN, ASi, location="Cẩm Xuyên"),
    F("gần 97 tỷ đồng", "97", 97e9, "money", "đồng", DN, ASi, approx="nearly", location="Kỳ Anh"),
    F("chiếm 0,18% tổng dư nợ", "0,18", 0.18, "percent", "%", "nợ quá hạn trong tổng dư nợ chương trình", ASi,
      change=C("decrease", 0.05, "điểm phần trăm", "cuối năm 2023")),
    F("vay 150 triệu đồng", "150", 150e6, "money", "đồng", "tiền gia đình ông Trần Văn Hòa vay cho con sang Nhật Bản",
      P("năm 2022", "2022-01-01", "2022-12-31"), location="Can Lộc", optional=True),
    F("từ 200 đến 300 triệu đồng/năm", "200", 200e6, "money", "đồng/năm",
      "tiền mỗi lao động đi làm việc ở nước ngoài gửi về gia đình", value_max=300e6),
    F("giải ngân 420 tỷ đồng", "420", 420e9, "money", "đồng", "vốn cho vay xuất khẩu lao động giải ngân",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 10%", "10", 10, "percent", "%", "tăng trưởng dư nợ cho vay xuất khẩu lao động",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]
COMMENTS = [
    "Party newspaper (Báo Hà Tĩnh), byline + 'HH:MM, dd/mm/yyyy' dateline. Loans of the Bank for Social Policies (NHCSXH) for departing workers.",
    "'Tính đến 30/9/2024' is an as-of date (start null). 'Từ đầu năm đến nay' runs from 1/1/2024 to the dateline 21/10/2024.",
    "'tăng 18,3% so với cùng kỳ' follows 312,7 tỷ đồng directly: its change. '; trong đó có 1.364 lao động' -> total 2.105.",
    "Interest rates '3,96%/năm', '6,6%/năm' applied by the branch: percent figures with unit '%' (FIGURES.md table: percent -> '%'); no period.",
    "District list: location per item ('thị xã Kỳ Anh' -> Kỳ Anh); period as-of 30/9/2024 from the first paragraph (inherited).",
    "'giảm 0,05 điểm phần trăm so với cuối năm 2023' is the change of the 0,18% share. 'từ 200 đến 300 triệu đồng/năm' -> range, unit đồng/năm (rate).",
    "A single household's loan (150 triệu đồng, anecdote) optional. 'tăng trưởng dư nợ trên 10%' is a growth rate as the claim (target).",
    "Distractors: 'SN 1984', 'tổ dân phố 5', Nghị định số 74/2019/NĐ-CP, dateline.",
]
build(3, TEXT, figs, COMMENTS, published="2024-10-21", location="Hà Tĩnh")
