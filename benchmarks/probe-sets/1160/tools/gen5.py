"""p1160-5: Party newspaper (Báo Vĩnh Long): a stamp collector in huyện Long Hồ, the provincial philately club, stamp sales."""
from lib import F, P, I, C, T, write

TEXT = """Văn hóa - Văn nghệ

Người giữ "kho báu" tem bưu chính ở Long Hồ

Gần 45 năm gắn bó với thú chơi tem, ông Trần Văn Lộc (ấp Phước Yên, xã Phú Quới, huyện Long Hồ) đã tích lũy được một bộ sưu tập đồ sộ. Bộ sưu tập của ông hiện có hơn 15.000 con tem của 124 quốc gia và vùng lãnh thổ, được xếp trong 68 cuốn album; riêng tem Việt Nam chiếm khoảng 40%.

Quý nhất là bộ tem "Kỷ niệm 1 năm ngày Toàn quốc kháng chiến" phát hành năm 1947, ông mua lại với giá 12 triệu đồng từ một nhà sưu tập ở TP Hồ Chí Minh. "Mỗi con tem là một trang sử thu nhỏ, giữ được nó là giữ được ký ức", ông nói.

Năm 2010, ông cùng 11 người bạn thành lập Câu lạc bộ Tem Vĩnh Long. Đến nay, câu lạc bộ có 47 hội viên, trong đó 15 hội viên là học sinh, sinh viên. Câu lạc bộ sinh hoạt vào sáng Chủ nhật cuối tháng tại Bưu điện tỉnh, số 4 đường 1 Tháng 5, phường 1, TP Vĩnh Long. Năm 2022, câu lạc bộ phối hợp với Bưu điện tỉnh tổ chức 4 đợt trưng bày tem lưu động tại các trường học, thu hút khoảng 2.600 lượt học sinh tham quan.

Theo Bưu điện tỉnh Vĩnh Long, 6 tháng đầu năm 2023, các bưu cục và 89 điểm bưu điện văn hóa xã trong tỉnh bán được 1.320 bộ tem, gấp 1,6 lần cùng kỳ; doanh thu tem chơi đạt hơn 96 triệu đồng. Thời gian tới, đơn vị phấn đấu mỗi huyện, thị xã, thành phố có ít nhất một câu lạc bộ tem trong trường học.

NGỌC TRẦM

22/08/2023
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
LH = "Long Hồ"
COLL = "bộ sưu tập tem của ông Trần Văn Lộc"

FIGS = [
    F("Gần 45 năm", "45", 45, "measure", "năm", approx="nearly", optional=True, location=LH,
      subject="thời gian gắn bó với thú chơi tem"),
    F("hơn 15.000 con tem", "15.000", 15000, "count", "con tem", approx="over", location=LH,
      subject=f"con tem trong {COLL}"),
    F("của 124 quốc gia", "124", 124, "count", "quốc gia và vùng lãnh thổ", location=LH,
      subject=f"quốc gia và vùng lãnh thổ có tem trong {COLL}"),
    F("trong 68 cuốn", "68", 68, "count", "cuốn album", location=LH, subject=f"cuốn album của {COLL}"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about", location=LH,
      subject="tỷ lệ tem Việt Nam trong bộ sưu tập"),
    F("giá 12 triệu", "12", 12e6, "money", "đồng", location=LH,
      subject="giá mua bộ tem Kỷ niệm 1 năm ngày Toàn quốc kháng chiến"),
    F("cùng 11 người bạn", "11", 11, "count", "người bạn", optional=True,
      subject="người bạn cùng thành lập Câu lạc bộ Tem Vĩnh Long"),
    F("có 47 hội viên", "47", 47, "count", "hội viên", subject="hội viên Câu lạc bộ Tem Vĩnh Long"),
    F("trong đó 15 hội viên", "15", 15, "count", "hội viên", total=47, subject="hội viên là học sinh, sinh viên"),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt", subject="đợt trưng bày tem lưu động tại các trường học",
      period=Y22),
    F("khoảng 2.600 lượt", "2.600", 2600, "count", "lượt học sinh", approx="about",
      subject="lượt học sinh tham quan trưng bày tem lưu động", period=Y22),
    F("và 89 điểm", "89", 89, "count", "điểm bưu điện văn hóa xã", subject="điểm bưu điện văn hóa xã trong tỉnh"),
    F("được 1.320 bộ tem", "1.320", 1320, "count", "bộ tem", change=C("increase", 1.6, "lần", "cùng kỳ"),
      subject="bộ tem bán được tại các bưu cục và điểm bưu điện văn hóa xã", period=H1),
    F("hơn 96 triệu", "96", 96e6, "money", "đồng", approx="over", subject="doanh thu tem chơi", period=H1),
    F("ít nhất một câu lạc bộ", "một", 1, "count", "câu lạc bộ tem", approx="at_least", status="target",
      optional=True, subject="câu lạc bộ tem trong trường học mỗi huyện, thị xã, thành phố"),
]

NOTES = [
    "Party newspaper (Báo Vĩnh Long): portrait of a stamp collector in xã Phú Quới, huyện Long Hồ; the provincial club; stamp sales H1 2023.",
    "Byline 'NGỌC TRẦM' and bare date '22/08/2023' at the end (published). The collection's figures are located in Long Hồ, also",
    "in the following sentence (his purchase); 'từ một nhà sưu tập ở TP Hồ Chí Minh' is the seller's place, not the figure's.",
    "Distractors: 'Kỷ niệm 1 năm' and 'năm 1947' (stamp name, year), 'một bộ sưu tập', 'Mỗi con tem là một trang sử' (not counts),",
    "'năm 2010' (founding), address 'số 4 đường 1 Tháng 5, phường 1'. 'Gần 45 năm', 'cùng 11 người bạn' and the per-district club target are optional.",
    "'riêng tem Việt Nam chiếm khoảng 40%' is a percent figure of its own. 'gấp 1,6 lần cùng kỳ' is the change of the 1.320 bộ tem.",
    "'Đến nay' gives no period (like 'hiện'); the 89 points get none (a standing count in a sentence about H1 sales).",
]

if __name__ == "__main__":
    write("p1160-5", TEXT, NOTES, FIGS, published="2023-08-22", location="Vĩnh Long")
